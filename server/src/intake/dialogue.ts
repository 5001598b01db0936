import { createHash } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { Citation } from '../knowledge/index.js';
import { maskPersonalData } from '../privacy/index.js';
import type { CaseFacts, Emergency } from '../routing/index.js';
import { applyExtraction } from './apply-extraction.js';
import { classifyQuestion } from './ask-mode.js';
import { buildDraft, describeDraft } from './draft.js';
import { couldBePlace, type Extraction, extractAll, factualPart, isAffirmation, isNothingMore, isPlaceOnly } from './extract/index.js';
import type { LlmExtractor } from './llm-extract.js';
import { currentRequirement, nextSlot } from './next-slot.js';
import { citizenWords, normalizeMessage } from './normalize-message.js';
import type { IntakeKnowledge, IntakeRouter } from './ports.js';
import { fill, type IntakeSpec } from './spec.js';
import type { SessionState } from './state.js';
import type { Draft, Slot } from './types.js';

export interface DialogueDeps {
  router: IntakeRouter;
  knowledge: IntakeKnowledge;
  clock: Clock;
  spec: IntakeSpec;
  llmExtractor?: LlmExtractor | null;
}

export interface TurnReply {
  mode: 'intake' | 'ask';
  reply: string;
  awaiting: Slot | null;
  draft: Draft | null;
  emergency: Emergency | null;
  citations: Citation[];
}

const PHONE_NOTE = '电话号码无效，需核实';
const NO_PLACE_NOTE = '地点未说明，需核实';
const UNRESOLVED_PLACE_NOTE = '地点未能确定：';
// Bounds what one session stores and routes on; far beyond any real account of one matter.
const MAX_MATTER_CHARS = 4000;

// A place name ends in one of these; messages without any skip the (costly) place lookup.
const PLACE_WORD = /[省市州盟县区旗镇乡村屯寨组]|街道|社区/;

// Answers to these slots say nothing about the matter itself; routing never reads them.
const NOT_MATTER: ReadonlySet<Slot> = new Set(['name', 'phone', 'location']);

function question(slot: Slot, session: SessionState, spec: IntakeSpec): string {
  const variants = spec.questions[slot];
  if (session.personal.agent && variants.agent) return variants.agent;
  if (session.dialogue.routing?.kind === '检举控告' && variants.report) return variants.report;
  return variants.default;
}

// The last level of a full place name: 浙江省杭州市桐庐县分水镇 → 分水镇.
const LAST_LEVEL = /[^省市州盟县区旗镇乡村]+(?:[省市州盟县区旗镇乡村]|街道|社区)$/;

/** Unprompted, a place counts only when its last level is said in full (秋天镇里 is not 天镇县). */
function namesPlace(text: string, name: string | null): boolean {
  const last = name ? LAST_LEVEL.exec(name)?.[0] : undefined;
  return last !== undefined && text.includes(last);
}

/**
 * Place names: looked up when asked for, or when a message names a place and none is known yet.
 * An ambiguous name (many 金山镇) is kept, so the answer to the location question can settle it.
 */
function resolveLocation(session: SessionState, text: string, found: Extraction, awaiting: Slot | null, deps: DialogueDeps): string | null {
  const { dialogue } = session;
  const values = dialogue.values;
  const asked = awaiting === 'location';
  if (asked && (found.unknown || found.declined)) return null;
  if (!asked && (awaiting === 'name' || awaiting === 'phone' || !PLACE_WORD.test(text))) return null;
  if (!asked && values.location?.division && !found.correction) return null;
  // An unresolved name, or a town only: the answer may name just the village within it.
  const prior = values.location && (!values.location.division || values.location.division.length === 9) ? values.location.text : null;
  let said = text;
  let match = deps.router.resolveLocation(said);
  const coarser = match.division && values.location?.division && match.division.length <= values.location.division.length;
  if ((!match.division || coarser) && asked && prior) {
    said = `${prior} ${text}`;
    match = deps.router.resolveLocation(said);
  }
  if (match.division && (asked || namesPlace(text, match.name))) {
    values.location = { text: said, division: match.division, name: match.name, candidates: match.candidates.length };
    return null;
  }
  if (!asked) {
    if (match.candidates.length > 0 && !values.location) values.location = { text, division: null, name: null, candidates: match.candidates.length };
    return null;
  }
  values.location = { text: said, division: null, name: match.name, candidates: match.candidates.length };
  dialogue.settled.push('location');
  dialogue.notes.push(`${UNRESOLVED_PLACE_NOTE}${text}`);
  return fill(deps.spec.templates.locationUnresolved, { place: text });
}

/**
 * The slot a message answers. A bare place name answers "where" whatever was asked (上栗县金山镇 is no
 * previous channel); an account of the matter given when asked "where" answers no slot in particular.
 */
function answeredSlot(text: string, found: Extraction, awaiting: Slot | null): Slot | null {
  if (awaiting === 'name' || awaiting === 'phone') return awaiting;
  if (isPlaceOnly(text) && !found.previous && !found.unknown && !found.declined) return 'location';
  if (awaiting === 'location' && !couldBePlace(text, found)) return null;
  return awaiting;
}

/** What intake learnt, in the routing engine's terms. */
export function caseFacts(session: SessionState): CaseFacts {
  const values = session.dialogue.values;
  return {
    division: values.location?.division ?? null,
    previous: values.previous ?? [],
    people: values.people,
    amount: values.amount,
    when: values.when?.iso ?? null,
  };
}

function reroute(session: SessionState, deps: DialogueDeps): void {
  const { dialogue } = session;
  if (dialogue.matter.length === 0) return;
  const text = dialogue.matter.join('\n');
  const facts = caseFacts(session);
  const key = createHash('sha1').update(JSON.stringify([text, facts])).digest('base64url');
  if (dialogue.routing?.key === key) return;
  const r = deps.router.decide(text, facts);
  dialogue.routing = { key, kind: r.kind, topic: r.topic, route: r.route, alternatives: r.alternatives, level: r.level, body: r.body, division: r.division };
}

async function extract(text: string, awaiting: Slot | null, deps: DialogueDeps): Promise<Extraction> {
  const rules = extractAll(text, { awaiting, now: deps.clock.now() });
  return deps.llmExtractor ? deps.llmExtractor.refine(text, rules, awaiting) : rules;
}

/** One citizen message in, one reply out; mutates `session`. Emergency first, then ask mode, then intake. */
export async function takeTurn(session: SessionState, raw: string, deps: DialogueDeps): Promise<TurnReply> {
  const { spec } = deps;
  const { dialogue } = session;
  const awaiting = dialogue.awaiting;
  const { text } = normalizeMessage(raw);
  const spoken = citizenWords(raw);
  dialogue.turns += 1;
  if (text === '') {
    const again = awaiting ? question(awaiting, session, spec) : '';
    return { mode: dialogue.mode, reply: [spec.templates.emptyMessage, again].filter(Boolean).join(''), awaiting, draft: buildDraft(session, spec), emergency: null, citations: [] };
  }

  const emergency = deps.router.detectEmergency(text);
  const legal = emergency ? null : classifyQuestion(text, spec);
  if (legal === 'legal') {
    const answer = await deps.knowledge.answer(text);
    dialogue.mode = 'ask';
    const follow = awaiting ? fill(spec.templates.askResume, { question: question(awaiting, session, spec) }) : spec.templates.askOffer;
    return { mode: 'ask', reply: `${answer.answer}\n\n${follow}`, awaiting, draft: buildDraft(session, spec), emergency: null, citations: answer.citations };
  }
  if (legal === 'legal-with-story') {
    const answer = await deps.knowledge.answer(text);
    const intake = await intakeTurn(session, { text, spoken }, emergency, deps);
    dialogue.mode = 'ask';
    return { ...intake, mode: 'ask', reply: `${answer.answer}\n\n${intake.reply}`, citations: answer.citations };
  }
  return intakeTurn(session, { text, spoken }, emergency, deps);
}

/** Extract, remember, re-route, then ask the next missing slot or show the draft to confirm. */
async function intakeTurn(
  session: SessionState,
  message: { text: string; spoken: string },
  emergency: Emergency | null,
  deps: DialogueDeps,
): Promise<TurnReply> {
  const { text } = message;
  const { spec } = deps;
  const { dialogue } = session;
  dialogue.mode = 'intake';

  const found = await extract(text, dialogue.awaiting, deps);
  const answering = answeredSlot(text, found, dialogue.awaiting);
  const notAPlace = dialogue.awaiting === 'location' && answering === null;
  const outcome = applyExtraction(session, found, text, answering);
  const roomLeft = MAX_MATTER_CHARS - dialogue.matter.reduce((n, t) => n + t.length, 0);
  // "还没找过哪个部门" answers the question and says nothing about the matter itself.
  const noChannelYet = answering === 'previous' && found.previous?.channels.length === 0;
  if ((answering === null || !NOT_MATTER.has(answering)) && factualPart(text) !== '' && !found.unknown && !isAffirmation(text) && !isNothingMore(text) && !noChannelYet && roomLeft > 0) {
    dialogue.matter.push(maskPersonalData(text).slice(0, roomLeft));
    dialogue.spoken.push(message.spoken.slice(0, roomLeft));
  }
  const divisionBefore = dialogue.values.location?.division ?? null;
  const locationNote = resolveLocation(session, text, found, answering, deps);
  const placeStillMissing = notAPlace && !dialogue.values.location?.division;
  if (placeStillMissing && (dialogue.asked.location ?? 0) >= (spec.maxAsks.location ?? 1) && !dialogue.notes.includes(NO_PLACE_NOTE)) {
    dialogue.notes.push(NO_PLACE_NOTE);
  }
  if ((dialogue.values.location?.division ?? null) !== divisionBefore) {
    outcome.filled.push('location');
    // A place settled later makes the earlier "could not settle the place" notes wrong.
    dialogue.notes = dialogue.notes.filter((n) => n !== NO_PLACE_NOTE && !n.startsWith(UNRESOLVED_PLACE_NOTE));
  }
  if (emergency) dialogue.emergency = emergency;
  reroute(session, deps);

  if (emergency) {
    dialogue.awaiting = null;
    const reply = `${fill(spec.templates.emergency, { hotline: emergency.hotline, message: emergency.message })}\n${spec.templates.emergencyDraft}`;
    return { mode: 'intake', reply, awaiting: null, draft: buildDraft(session, spec), emergency, citations: [] };
  }

  const lead: string[] = [];
  if (dialogue.turns === 1) lead.push(spec.templates.greeting);
  if (!dialogue.dangerReminded && deps.router.mentionsDanger(text)) {
    lead.push(spec.templates.dangerReminder);
    dialogue.dangerReminded = true;
  }
  if (outcome.anonymousNow && !currentRequirement(session, spec).anonymousAllowed) lead.push(spec.templates.anonymousNoReply);
  if (locationNote) lead.push(locationNote);

  let slot = nextSlot(session, spec);
  if (outcome.phoneRejected && session.personal.phone === null) {
    if ((dialogue.asked.phone ?? 0) < (spec.maxAsks.phone ?? 1)) {
      slot = 'phone';
      lead.push(spec.templates.phoneInvalid);
    } else {
      if (!dialogue.notes.includes(PHONE_NOTE)) dialogue.notes.push(PHONE_NOTE);
      lead.push(spec.templates.phoneFlagged);
    }
  } else if (dialogue.turns > 1 && (outcome.filled.length > 0 || placeStillMissing) && lead.length === 0) {
    lead.push(spec.templates.ack);
  }

  dialogue.awaiting = slot;
  const draft = buildDraft(session, spec);
  if (slot) {
    dialogue.asked[slot] = (dialogue.asked[slot] ?? 0) + 1;
    const ask = lead.at(-1) === spec.templates.phoneInvalid ? '' : question(slot, session, spec);
    return { mode: 'intake', reply: [...lead, ask].join(''), awaiting: slot, draft, emergency: null, citations: [] };
  }
  const reply = draft ? fill(spec.templates.confirm, { draft: describeDraft(draft, spec) }) : question('facts', session, spec);
  return { mode: 'intake', reply: [...lead, reply].join(''), awaiting: null, draft, emergency: dialogue.emergency, citations: [] };
}
