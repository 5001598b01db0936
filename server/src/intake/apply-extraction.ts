import type { Extraction } from './extract/index.js';
import { NUMBER_SOURCE, parseChineseNumber } from './extract/numerals.js';
import type { SessionState } from './state.js';
import type { Slot } from './types.js';

export interface ApplyOutcome {
  /** Slots that got a value from this message. */
  filled: Slot[];
  phoneRejected: boolean;
  anonymousNow: boolean;
}

const BARE_NUMBER = new RegExp(NUMBER_SOURCE);

/** "大概三十来个" answers the head-count question even without 人/户. */
function bareCount(text: string): number | undefined {
  const value = parseChineseNumber(BARE_NUMBER.exec(text)?.[0] ?? '');
  return value !== null && Number.isInteger(value) && value > 0 ? value : undefined;
}

const addSettled = (session: SessionState, slot: Slot) => {
  if (!session.dialogue.settled.includes(slot)) session.dialogue.settled.push(slot);
};

/**
 * Merges what one message said into the session. Unambiguous, labelled data (phone, ID, 我叫…) always
 * wins; vaguer figures (dates, amounts, counts) replace earlier ones only when they answer the question
 * just asked or the citizen is correcting ("不对，…").
 */
export function applyExtraction(session: SessionState, found: Extraction, text: string, awaiting: Slot | null): ApplyOutcome {
  const { personal } = session;
  const values = session.dialogue.values;
  const filled = new Set<Slot>();
  const replaces = (slot: Slot, current: unknown) => current === null || awaiting === slot || found.correction;
  let anonymousNow = false;

  if (found.agent) {
    personal.agent = { name: found.agent.name ?? personal.agent?.name ?? null, forPerson: found.agent.forPerson ?? personal.agent?.forPerson ?? null };
  }
  if (found.anonymous && !values.anonymous) {
    values.anonymous = true;
    anonymousNow = true;
    filled.add('name');
  }
  if (found.name) {
    const agent = personal.agent;
    if (agent && awaiting === 'name' && !found.agent) {
      if (!agent.forPerson) agent.forPerson = found.name;
      else if (!agent.name) agent.name = found.name;
    } else {
      personal.name = found.name;
      values.anonymous = false;
    }
    filled.add('name');
  }
  if (found.phone) {
    personal.phone = found.phone;
    personal.phoneInvalid = null;
    filled.add('phone');
  }
  const phoneRejected = !found.phone && found.phoneInvalid !== undefined && replaces('phone', personal.phone);
  if (phoneRejected) personal.phoneInvalid = found.phoneInvalid ?? null;
  if (found.idNumber) personal.idNumber = found.idNumber;

  if (found.when && replaces('when', values.when)) {
    values.when = found.when;
    filled.add('when');
  }
  if (found.amount && replaces('amount', values.amount)) {
    values.amount = found.amount.yuan;
    filled.add('amount');
  }
  const people = found.people ?? (awaiting === 'people' ? bareCount(text) : undefined);
  if (people !== undefined && replaces('people', values.people)) {
    values.people = people;
    filled.add('people');
  }
  if (found.previous) {
    // "没有找过别人" is an answer in itself: it replaces what was recorded, whenever it is said.
    const none = found.previous.channels.length === 0;
    const channels = none || replaces('previous', values.previous) ? found.previous.channels : [...(values.previous ?? []), ...found.previous.channels];
    values.previous = [...new Set(channels)];
    filled.add('previous');
  } else if (awaiting === 'previous' && !found.unknown && !found.declined) {
    values.previous = [text];
    filled.add('previous');
  }
  const answered = !found.unknown && !found.declined;
  const request = found.request && replaces('request', values.request) ? found.request : awaiting === 'request' && answered ? text : null;
  if (request) {
    values.request = request;
    filled.add('request');
  }
  if (awaiting === 'facts' && answered) {
    values.factsGiven = true;
    filled.add('facts');
  }

  if (awaiting && (found.unknown || found.declined) && !filled.has(awaiting)) addSettled(session, awaiting);
  return { filled: [...filled], phoneRejected, anonymousNow };
}
