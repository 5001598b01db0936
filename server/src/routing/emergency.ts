import { z } from 'zod';
import { loadJson } from './knowledge-files.js';
import type { Emergency } from './types.js';
import { Topic } from './types.js';

const EmergencyCategory = z.object({
  id: z.string(),
  hotline: z.enum(['110', '119', '120']),
  topic: Topic,
  hypotheticalCounts: z.boolean(),
  unlessInClause: z.string().optional(),
  message: z.string(),
  /** Danger on their own unless negated, past or (for the category) only feared. */
  patterns: z.array(z.string()).min(1),
  /** Acts that are danger only when their clause says they are happening now (刚才又打了我). */
  nowPatterns: z.array(z.string()).optional(),
});

const EmergencyData = z.object({
  clauseSplit: z.string(),
  negationBefore: z.string(),
  pastInClause: z.string(),
  pastAfter: z.string(),
  nowInClause: z.string(),
  hypotheticalInClause: z.string(),
  categories: z.array(EmergencyCategory).min(1),
});

export interface EmergencyHit extends Emergency {
  category: string;
  topic: Topic;
  /** The words that showed danger now, for the rationale. */
  evidence: string;
}

export interface EmergencyDetector {
  detect(normalizedText: string): EmergencyHit | null;
}

interface CompiledCategory {
  data: z.infer<typeof EmergencyCategory>;
  pattern: RegExp;
  nowPattern: RegExp | null;
  unless: RegExp | null;
}

type Tense = 'now' | 'past' | null;

/** How many characters a now marker reaches forward (刚才他喝醉了又打了我); further off it may be about something else. */
const NOW_REACH = 10;

const anyOf = (patterns: string[]) => new RegExp(patterns.map((p) => `(?:${p})`).join('|'), 'gu');

/** Loads knowledge/routing/emergency.json and compiles one regular expression per category. */
export function loadEmergencyDetector(knowledgeDir: string): EmergencyDetector {
  const data = loadJson(knowledgeDir, 'routing/emergency.json', EmergencyData);
  const clauseSplit = new RegExp(data.clauseSplit, 'u');
  const negation = new RegExp(`${data.negationBefore}.{0,2}$`, 'u');
  const pastAfter = new RegExp(data.pastAfter, 'u');
  const tenseMarker = new RegExp(`(?<now>${data.nowInClause})|(?<past>${data.pastInClause})`, 'gu');
  const hypothetical = new RegExp(data.hypotheticalInClause, 'u');
  const categories: CompiledCategory[] = data.categories.map((c) => ({
    data: c,
    pattern: anyOf(c.patterns),
    nowPattern: c.nowPatterns?.length ? anyOf(c.nowPatterns) : null,
    unless: c.unlessInClause ? new RegExp(c.unlessInClause, 'u') : null,
  }));

  /**
   * The tense a clause gives the words at `at`. A now marker just before them wins, so an ongoing threat after
   * a past one still counts (上个月打过我现在又拿刀); otherwise any past marker in the clause makes them past.
   */
  function tenseAt(clause: string, at: number): Tense {
    let nearest: { tense: Tense; end: number } | null = null;
    let past = false;
    for (const m of clause.matchAll(tenseMarker)) {
      const tense: Tense = m.groups?.now ? 'now' : 'past';
      if (tense === 'past') past = true;
      const start = m.index ?? 0;
      if (start < at) nearest = { tense, end: start + m[0].length };
    }
    if (nearest?.tense === 'now' && at - nearest.end <= NOW_REACH) return 'now';
    return past ? 'past' : null;
  }

  /**
   * A match counts only when it describes danger now: not negated, not past, not merely feared (a fear is
   * often voiced in the clause after the hazard: 围墙裂了，担心哪天会塌). A now-only act also needs a now marker.
   */
  function isCurrent(clause: string, next: string, match: RegExpExecArray, category: CompiledCategory, nowOnly: boolean): boolean {
    const before = clause.slice(0, match.index);
    const after = clause.slice(match.index + match[0].length);
    if (negation.test(before)) return false;
    const tense = tenseAt(clause, match.index);
    if (tense === 'past' || pastAfter.test(after)) return false;
    if (nowOnly && tense !== 'now') return false;
    if (!category.data.hypotheticalCounts && (hypothetical.test(clause) || hypothetical.test(next))) return false;
    if (category.unless?.test(clause)) return false;
    return true;
  }

  function firstCurrent(clauses: string[], category: CompiledCategory, pattern: RegExp, nowOnly: boolean): string | null {
    for (const [i, clause] of clauses.entries()) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(clause); m; m = pattern.exec(clause)) {
        if (isCurrent(clause, clauses[i + 1] ?? '', m, category, nowOnly)) return m[0];
      }
    }
    return null;
  }

  return {
    detect(text) {
      const clauses = text.split(clauseSplit).filter((c) => c.length > 0);
      for (const category of categories) {
        const evidence =
          firstCurrent(clauses, category, category.pattern, false) ??
          (category.nowPattern ? firstCurrent(clauses, category, category.nowPattern, true) : null);
        if (evidence === null) continue;
        const { hotline, message, id, topic } = category.data;
        return { hotline, message, category: id, topic, evidence };
      }
      return null;
    },
  };
}
