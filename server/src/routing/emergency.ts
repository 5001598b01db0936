import { z } from 'zod';
import { dangerRead, loadDangerModel, MIN_MODEL_CHARS } from './danger-model.js';
import { loadJson } from './knowledge-files.js';
import type { Emergency } from './types.js';
import { Topic } from './types.js';

/** Two signals that are danger only together (a means of self-harm and a farewell), each in a current clause. */
const EmergencyPair = z.object({
  a: z.array(z.string()).min(1),
  b: z.array(z.string()).min(1),
  /** How many clauses apart the two signals may be: 0 = the same clause. */
  within: z.number().int().min(0).max(5).default(1),
  /** The cause may lie earlier than the danger it makes now (烧了一夜炭盆 → 早上叫不醒): only `b` must be current. */
  causeMayBePast: z.boolean().default(false),
});

const EmergencyCategory = z.object({
  id: z.string(),
  hotline: z.enum(['110', '119', '120']),
  topic: Topic,
  hypotheticalCounts: z.boolean(),
  unlessInClause: z.string().optional(),
  /** Words anywhere in the message that show it is about something else (a death long over, a legal question). */
  unlessInText: z.string().optional(),
  message: z.string(),
  /** Danger on their own unless negated, past or (for the category) only feared. */
  patterns: z.array(z.string()).min(1),
  /** Acts that are danger only when their clause says they are happening now (刚才又打了我). */
  nowPatterns: z.array(z.string()).optional(),
  /** Signals that are danger only when both are present and current. */
  pairs: z.array(EmergencyPair).optional(),
  /** In a written letter (尊敬的…, numbered points) every signal needs a now marker, unless the category says it counts as written. */
  inLetter: z.enum(['needsNow', 'counts']).default('needsNow'),
  /**
   * Words that state how the writer is now (不想活了): a past marker in an earlier clause does not make them past,
   * since a state of mind said after a story (低保去年取消了，我不想活了) is said now, whatever happened before.
   */
  statesNow: z.string().optional(),
});

const EmergencyData = z.object({
  /** Named word lists, spliced into any pattern as {NAME}. */
  vocabulary: z.record(z.string().regex(/^[A-Z_]+$/), z.string()).default({}),
  clauseSplit: z.string(),
  negationBefore: z.string(),
  /** Prevention words reach further than a plain negation (防止小孩溺水, 提醒大家注意煤气泄漏). */
  preventionBefore: z.string(),
  pastInClause: z.string(),
  pastAfter: z.string(),
  nowInClause: z.string(),
  /** An ongoing state after the act (还在…, 越来越…, 半个钟头了) that makes a now-only act current. */
  ongoingAfter: z.string(),
  /** The next clause (or the rest of the clause) says the danger is over (火已经灭了, 这事过去了). */
  overAfter: z.string(),
  /** A plea for help anywhere in the message (快来人, 快派人) that makes now-only acts without a past marker current. */
  urgentInText: z.string(),
  /** A formal written petition (salutation, numbered points): it reports, it does not call for help. */
  letterInText: z.string(),
  /** A message this long is a written account too: people in danger now type a line or two. */
  letterMinChars: z.number().int().positive(),
  /**
   * Danger words in any tense. When they appear and no danger now is confirmed, intake still shows the hotlines
   * once: the word lists trail new wording, and a reminder costs nothing to someone who is safe.
   */
  remindInText: z.string(),
  /** Fear or proposal before the danger words in their clause (万一着火, 担心孩子走丢). */
  hypotheticalInClause: z.string(),
  /**
   * Words after the danger words, in their clause or the next, that turn them into a risk (裂了，哪天会塌; 隐患).
   * Narrower than hypotheticalInClause: a fear of something worse after a real danger (走丢了，怕是掉河里了)
   * does not make the danger only feared.
   */
  hypotheticalAfter: z.string(),
  categories: z.array(EmergencyCategory).min(1),
  /** The advice when only the learned model sees danger now and no category's words name what kind. */
  unnamed: EmergencyCategory.pick({ id: true, hotline: true, topic: true, message: true }),
});

export interface EmergencyHit extends Emergency {
  category: string;
  topic: Topic;
  /** The words that showed danger now, for the rationale. */
  evidence: string;
  /** Whether a rule in emergency.json or the learned model (danger-model.json) found it. */
  foundBy: 'rules' | 'model';
}

export interface EmergencyDetector {
  detect(normalizedText: string): EmergencyHit | null;
  /** Words of danger, whatever their tense (see remindInText). */
  mentionsDanger(normalizedText: string): boolean;
}

interface CompiledPair {
  a: RegExp;
  b: RegExp;
  within: number;
  causeMayBePast: boolean;
}

interface CompiledCategory {
  data: EmergencyCategory;
  pattern: RegExp;
  nowPattern: RegExp | null;
  pairs: CompiledPair[];
  unless: RegExp | null;
  unlessText: RegExp | null;
  statesNow: RegExp | null;
}

type EmergencyCategory = z.infer<typeof EmergencyCategory>;

type Tense = 'now' | 'past' | null;

interface Marker {
  tense: Tense;
  start: number;
  end: number;
}

/** One message cut into clauses, with each clause's tense markers read once. */
interface Message {
  clauses: string[];
  markers: Marker[][];
  /**
   * For a clause with no marker of its own, the tense the story so far last gave: past (去年有人偷牛，我拿棍子把他打伤了)
   * or now (现在他拿着锄头堵门，扬言要弄死我).
   */
  carried: Tense[];
  urgent: boolean;
  letter: boolean;
}

/** How many characters a now marker reaches forward (刚才他喝醉了又打了我); further off it may be about something else. */
const NOW_REACH = 10;
/**
 * How far back a negation reaches. Short space-separated runs still arrive as one clause (normalizeForDanger keeps
 * only longer ones apart), and a 没 several words earlier (说了也没用遗书写好了) belongs to another sentence.
 */
const NEGATION_REACH = 8;

/** Replaces {NAME} with the vocabulary entry; an unknown name fails at load so a typo cannot silently match nothing. */
function expander(vocabulary: Record<string, string>): (pattern: string) => string {
  const expand = (pattern: string, depth: number): string =>
    pattern.replace(/\{([A-Z_]+)\}/g, (_, name: string) => {
      const words = vocabulary[name];
      if (words === undefined) throw new Error(`routing/emergency.json: unknown vocabulary {${name}} in ${pattern}`);
      if (depth > 3) throw new Error(`routing/emergency.json: vocabulary {${name}} nests too deep`);
      return `(?:${expand(words, depth + 1)})`;
    });
  return (pattern) => expand(pattern, 0);
}

type Advice = Pick<EmergencyCategory, 'id' | 'hotline' | 'topic' | 'message'>;

const hitOf = (category: Advice, evidence: string, foundBy: EmergencyHit['foundBy']): EmergencyHit => ({
  hotline: category.hotline,
  message: category.message,
  category: category.id,
  topic: category.topic,
  evidence,
  foundBy,
});

/** The rules of emergency.json alone: every hit explained by the words that matched. */
export interface EmergencyRules extends EmergencyDetector {
  categories: Advice[];
  /** The advice when danger is seen but no category names its kind. */
  unnamed: Advice;
  /** The message cut into clauses as the rules cut it. */
  clauses(text: string): string[];
}

/**
 * The detector: the rules first; when they find nothing, the learned model (danger-model.json) may still see
 * danger now, and names its kind from what the rules' own hits on the training sets looked like.
 */
export function loadEmergencyDetector(knowledgeDir: string): EmergencyDetector {
  const rules = loadEmergencyRules(knowledgeDir);
  const model = loadDangerModel(knowledgeDir, rules.categories.map((c) => c.id));
  const byId = new Map(rules.categories.map((c) => [c.id, c]));
  return {
    detect(text) {
      const found = rules.detect(text);
      if (found || [...text].length < MIN_MODEL_CHARS) return found;
      const read = dangerRead(model, text, rules.clauses(text));
      if (!read) return null;
      const kind = model.category(read.features);
      return hitOf((kind && byId.get(kind)) || rules.unnamed, model.strongest(read.text, 3).join('”“'), 'model');
    },
    mentionsDanger: rules.mentionsDanger,
  };
}

/** Loads knowledge/routing/emergency.json and compiles one regular expression per category. */
export function loadEmergencyRules(knowledgeDir: string): EmergencyRules {
  const data = loadJson(knowledgeDir, 'routing/emergency.json', EmergencyData);
  const x = expander(data.vocabulary);
  const anyOf = (patterns: string[]) => new RegExp(patterns.map((p) => `(?:${x(p)})`).join('|'), 'gu');
  const clauseSplit = new RegExp(x(data.clauseSplit), 'u');
  const negation = new RegExp(`(?:${x(data.negationBefore)}.{0,2}|${x(data.preventionBefore)}.{0,6})$`, 'u');
  const pastAfter = new RegExp(x(data.pastAfter), 'u');
  const tenseMarker = new RegExp(`(?<now>${x(data.nowInClause)})|(?<past>${x(data.pastInClause)})`, 'gu');
  const ongoing = new RegExp(x(data.ongoingAfter), 'u');
  const over = new RegExp(x(data.overAfter), 'u');
  const urgent = new RegExp(x(data.urgentInText), 'u');
  const letter = new RegExp(x(data.letterInText), 'u');
  const dangerWords = new RegExp(x(data.remindInText), 'u');
  const hypothetical = new RegExp(x(data.hypotheticalInClause), 'u');
  const hypotheticalAfter = new RegExp(x(data.hypotheticalAfter), 'u');
  const categories: CompiledCategory[] = data.categories.map((c) => ({
    data: c,
    pattern: anyOf(c.patterns),
    nowPattern: c.nowPatterns?.length ? anyOf(c.nowPatterns) : null,
    pairs: (c.pairs ?? []).map((p) => ({ a: anyOf(p.a), b: anyOf(p.b), within: p.within, causeMayBePast: p.causeMayBePast })),
    unless: c.unlessInClause ? new RegExp(x(c.unlessInClause), 'u') : null,
    statesNow: c.statesNow ? new RegExp(x(c.statesNow), 'u') : null,
    unlessText: c.unlessInText ? new RegExp(x(c.unlessInText), 'u') : null,
  }));

  /** The tense markers of a clause, in order. */
  function markersOf(clause: string): Marker[] {
    return [...clause.matchAll(tenseMarker)].map((m) => ({
      tense: m.groups?.now ? 'now' : 'past',
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    }));
  }

  const clausesOf = (text: string) => text.split(clauseSplit).filter((c) => c.length > 0);

  function read(text: string): Message {
    const clauses = clausesOf(text);
    const markers = clauses.map(markersOf);
    // A clause with no marker of its own carries on the tense of the story so far: the last marker before it.
    const carried: Tense[] = [];
    for (const [i, own] of markers.entries()) {
      carried.push(i === 0 || own.length > 0 ? null : (markers[i - 1]?.at(-1)?.tense ?? carried[i - 1] ?? null));
    }
    return { clauses, markers, carried, urgent: urgent.test(text), letter: text.length >= data.letterMinChars || letter.test(text) };
  }

  /**
   * The tense a clause gives the words at `at`. A now marker just before them wins, so an ongoing threat after
   * a past one still counts (上个月打过我现在又拿刀); otherwise any past marker in the clause makes them past,
   * and a clause with no marker of its own carries on the tense of the story so far.
   */
  function tenseAt(message: Message, i: number, at: number, length: number, pastCarries: boolean): Tense {
    let nearest: { tense: Tense; end: number } | null = null;
    let past = false;
    let nowInside = false;
    for (const m of message.markers[i] ?? []) {
      if (m.tense === 'past') past = true;
      if (m.start < at) nearest = { tense: m.tense, end: m.end };
      // A now marker inside the danger words themselves (扬言今天不弄死我) marks them as now.
      else if (m.tense === 'now' && m.start < at + length) nowInside = true;
    }
    if (nearest?.tense === 'now' && at - nearest.end <= NOW_REACH) return 'now';
    if (past || (pastCarries && message.carried[i] === 'past')) return 'past';
    return nowInside || message.carried[i] === 'now' ? 'now' : null;
  }

  /** A negation just before the words at `at` (没着火, 不是要自杀). */
  const negatedAt = (clause: string, at: number) => negation.test(clause.slice(Math.max(0, at - NEGATION_REACH), at));

  /**
   * A match counts only when it describes danger now: not negated, not past, not over, not merely feared (a fear
   * is often voiced in the clause after the hazard: 围墙裂了，担心哪天会塌). A now-only act also needs a now marker
   * before it, an ongoing state after it (还在打, 半个钟头了) or a plea for help in the message.
   */
  function isCurrent(message: Message, i: number, match: RegExpExecArray, category: CompiledCategory, nowOnly: boolean): boolean {
    const clause = message.clauses[i] ?? '';
    const next = message.clauses[i + 1] ?? '';
    const before = clause.slice(0, match.index);
    const after = clause.slice(match.index + match[0].length);
    if (negatedAt(clause, match.index)) return false;
    const tense = tenseAt(message, i, match.index, match[0].length, !category.statesNow?.test(match[0]));
    if (tense === 'past' || pastAfter.test(after) || over.test(after) || over.test(next)) return false;
    if (nowOnly && tense !== 'now' && !ongoing.test(after) && !ongoing.test(next) && !message.urgent) return false;
    if (!category.data.hypotheticalCounts && (hypothetical.test(before) || hypotheticalAfter.test(after) || hypotheticalAfter.test(next))) {
      return false;
    }
    if (category.unless?.test(clause)) return false;
    return true;
  }

  /** Every current match of `pattern` (with `anyTense`, every match not negated), as [clause index, matched words, start in the clause]. */
  function* current(message: Message, category: CompiledCategory, pattern: RegExp, nowOnly: boolean, anyTense = false): Generator<[number, string, number]> {
    for (const [i, clause] of message.clauses.entries()) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(clause); m; m = pattern.exec(clause)) {
        if (m[0].length === 0) {
          pattern.lastIndex += 1;
          continue;
        }
        const said = anyTense ? !negatedAt(clause, m.index) : isCurrent(message, i, m, category, nowOnly);
        if (said) yield [i, m[0], m.index];
      }
    }
  }

  function first(message: Message, category: CompiledCategory, pattern: RegExp, nowOnly: boolean): string | null {
    for (const [, words] of current(message, category, pattern, nowOnly)) return words;
    return null;
  }

  /** Both signals of a pair, current, at most `within` clauses apart and not the same words read twice. */
  function pairEvidence(message: Message, category: CompiledCategory, pair: CompiledPair, nowOnly: boolean): string | null {
    const as = [...current(message, category, pair.a, nowOnly, pair.causeMayBePast)];
    if (as.length === 0) return null;
    for (const [j, b, bAt] of current(message, category, pair.b, nowOnly)) {
      const apart = ([i, a, aAt]: [number, string, number]) =>
        i !== j || aAt + a.length <= bAt || bAt + b.length <= aAt;
      const a = as.find((hit) => Math.abs(hit[0] - j) <= pair.within && apart(hit));
      if (a) return `${a[1]}…${b}`;
    }
    return null;
  }

  function evidenceFor(message: Message, category: CompiledCategory): string | null {
    const needsNow = message.letter && category.data.inLetter === 'needsNow';
    const direct =
      first(message, category, category.pattern, needsNow) ??
      (category.nowPattern ? first(message, category, category.nowPattern, true) : null);
    if (direct !== null) return direct;
    for (const pair of category.pairs) {
      const found = pairEvidence(message, category, pair, needsNow);
      if (found !== null) return found;
    }
    return null;
  }

  return {
    categories: categories.map((c) => c.data),
    unnamed: data.unnamed,
    detect(text) {
      const message = read(text);
      for (const category of categories) {
        if (category.unlessText?.test(text)) continue;
        const evidence = evidenceFor(message, category);
        if (evidence !== null) return hitOf(category.data, evidence, 'rules');
      }
      return null;
    },
    mentionsDanger: (text) => dangerWords.test(text),
    clauses: clausesOf,
  };
}
