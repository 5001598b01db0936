import type { Slot } from '../types.js';
import { type AgentFinding, extractAgent } from './agent.js';
import { type AmountFinding, extractAmount } from './amounts.js';
import { type DateFinding, extractDate } from './dates.js';
import { extractIdNumber } from './id-number.js';
import { extractName, hasSurname, wantsAnonymity } from './names.js';
import { extractPeople } from './people.js';
import { extractPhone } from './phone.js';
import { extractPrevious, type PreviousFinding } from './previous.js';
import { isCorrection, isDeclined, isUnknownAnswer } from './replies.js';
import { extractRequest } from './request.js';

export { isValidIdNumber } from './id-number.js';
export { stripInjection } from './injection.js';
export { parseChineseNumber } from './numerals.js';
export { couldBePlace, isPlaceOnly } from './place-answer.js';
export { extractPrevious } from './previous.js';
export { isAffirmation, isNothingMore } from './replies.js';
export { factualPart, saysWhatHappened } from './substance.js';
export type { AgentFinding, AmountFinding, DateFinding, PreviousFinding };

/** Everything the rule extractors found in one message; absent keys were not mentioned. */
export interface Extraction {
  name?: string;
  anonymous?: boolean;
  agent?: AgentFinding;
  phone?: string;
  phoneInvalid?: string;
  idNumber?: string;
  idInvalid?: string;
  when?: DateFinding;
  amount?: AmountFinding;
  people?: number;
  previous?: PreviousFinding;
  request?: string;
  /** The answer was "不知道" (or similar). */
  unknown: boolean;
  /** The citizen declined to give what was asked. */
  declined: boolean;
  /** "不对，…": new values replace old ones. */
  correction: boolean;
}

/** Asked for the phone, some answer with their name first (李桂兰): taken when it has a surname and no digits. */
function nameInPlaceOfPhone(text: string, awaiting: Slot | null): string | null {
  if (awaiting !== 'phone' || /\d/.test(text)) return null;
  const name = extractName(text, true);
  return name && hasSurname(name) ? name : null;
}

/** Runs every rule extractor on a normalised (Simplified, half-width) message. */
export function extractAll(text: string, context: { awaiting: Slot | null; now: Date }): Extraction {
  const { awaiting } = context;
  const found: Extraction = {
    unknown: isUnknownAnswer(text),
    declined: isDeclined(text),
    correction: isCorrection(text),
  };
  const agent = extractAgent(text);
  if (agent) found.agent = agent;
  if (wantsAnonymity(text) || (awaiting === 'name' && found.declined)) found.anonymous = true;
  const name = found.anonymous || found.unknown ? null : extractName(text, awaiting === 'name' && !agent) ?? nameInPlaceOfPhone(text, awaiting);
  if (name && name !== agent?.forPerson && name !== agent?.name) found.name = name;
  const id = extractIdNumber(text);
  if (id && 'idNumber' in id) found.idNumber = id.idNumber;
  else if (id) found.idInvalid = id.invalid;
  const phone = extractPhone(id ? text.replace(/\d{17}[\dXx]/g, ' ') : text, awaiting === 'phone');
  if (phone && 'phone' in phone) found.phone = phone.phone;
  else if (phone) found.phoneInvalid = phone.invalid;
  const when = extractDate(text, context.now);
  if (when) found.when = when;
  const amount = extractAmount(text);
  if (amount) found.amount = amount;
  const people = extractPeople(text);
  if (people !== null) found.people = people;
  const previous = found.unknown ? null : extractPrevious(text, awaiting === 'previous');
  if (previous) found.previous = previous;
  const request = extractRequest(text);
  if (request) found.request = request;
  return found;
}
