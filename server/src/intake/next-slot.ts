import { saysWhatHappened } from './extract/index.js';
import { type IntakeSpec, type Requirement, requirementFor } from './spec.js';
import type { SessionState } from './state.js';
import type { Slot } from './types.js';

const TOWN_CODE_LENGTH = 9;

export function currentRequirement(session: SessionState, spec: IntakeSpec): Requirement {
  const routing = session.dialogue.routing;
  const route = session.dialogue.emergency ? 'emergency' : (routing?.route ?? null);
  return requirementFor(spec, routing?.kind ?? null, route);
}

// Spec patterns are compiled once, not on every turn.
const compiled = new Map<string, RegExp>();
function regex(source: string): RegExp {
  let re = compiled.get(source);
  if (!re) {
    re = new RegExp(source);
    compiled.set(source, re);
  }
  return re;
}

/** The matter is on one of the topics, or the citizen's words match one of the patterns (groupHarm, moneyMatter). */
function matterConcerns(session: SessionState, signs: { topics: string[]; patterns: string[] }): boolean {
  const { routing, matter } = session.dialogue;
  if (routing && signs.topics.includes(routing.topic)) return true;
  const said = matter.join('\n');
  return signs.patterns.some((p) => regex(p).test(said));
}

function isSatisfied(slot: Slot, session: SessionState, spec: IntakeSpec, requirement: Requirement): boolean {
  const { personal } = session;
  const { values, matter } = session.dialogue;
  switch (slot) {
    case 'facts':
      return values.factsGiven || saysWhatHappened(matter.join('，'), spec.factsMinChars);
    case 'location': {
      const division = values.location?.division;
      const townOnly = division?.length === TOWN_CODE_LENGTH && !session.dialogue.asked.location;
      return Boolean(division) && !(townOnly && requirement.askVillage);
    }
    case 'name':
      if (values.anonymous) return true;
      return personal.agent ? Boolean(personal.agent.name && personal.agent.forPerson) : personal.name !== null;
    case 'phone':
      return personal.phone !== null || (values.anonymous && requirement.anonymousAllowed);
    case 'previous':
      return values.previous !== null;
    case 'people':
      return values.people !== null;
    case 'amount':
      return values.amount !== null;
    case 'when':
      return values.when !== null;
    case 'request':
      return values.request !== null;
  }
}

function firstOpen(wanted: ReadonlySet<Slot>, session: SessionState, spec: IntakeSpec, requirement: Requirement): Slot | null {
  const { settled, asked } = session.dialogue;
  for (const slot of spec.order) {
    if (!wanted.has(slot) || settled.includes(slot) || isSatisfied(slot, session, spec, requirement)) continue;
    if ((asked[slot] ?? 0) >= (spec.maxAsks[slot] ?? 1)) continue;
    return slot;
  }
  return null;
}

/**
 * The one slot to ask for next (spec order), or null when the draft can be confirmed. Slots that only
 * improve the draft (诉求) come after the required ones, and only while the question budget allows.
 */
export function nextSlot(session: SessionState, spec: IntakeSpec): Slot | null {
  const requirement = currentRequirement(session, spec);
  const required = new Set<Slot>([
    ...requirement.slots,
    ...(matterConcerns(session, spec.groupHarm) ? requirement.groupSlots : []),
    ...(matterConcerns(session, spec.moneyMatter) ? requirement.moneySlots : []),
  ]);
  const next = firstOpen(required, session, spec, requirement);
  if (next) return next;
  const questionsSoFar = Object.values(session.dialogue.asked).reduce((n, times) => n + (times ?? 0), 0);
  if (questionsSoFar >= spec.questionBudget) return null;
  return firstOpen(new Set(requirement.askWithinBudget), session, spec, requirement);
}
