import { normalizeText } from '../knowledge/index.js';
import { maskPersonalData } from '../privacy/index.js';
import { inMandarin } from '../routing/normalize.js';
import { stripInjection } from './extract/injection.js';

/** Longest message the dialogue reads; longer input is refused with a clear reply. */
export const MAX_MESSAGE_CHARS = 1000;

const PICTOGRAPHS = /\p{Extended_Pictographic}|\u{FE0F}|\u{200D}/gu;

/**
 * One canonical form for extraction: Simplified script, half-width, no control characters or emoji, Cantonese
 * and Gan words in Mandarin (冇找过 → 没找过), markup and instruction-like clauses removed (they are data, never
 * instructions).
 */
export function normalizeMessage(raw: string): { text: string; injected: boolean } {
  const plain = inMandarin(normalizeText(raw.replace(PICTOGRAPHS, ' ')));
  return stripInjection(plain);
}

/**
 * A message as the citizen wrote it, for the clerk: their script, words and punctuation kept; only full-width
 * digits are made plain so phone and ID numbers are found and masked; control characters and runs of spaces
 * collapsed.
 */
export function citizenWords(raw: string): string {
  const plainDigits = raw.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return maskPersonalData(plainDigits.replace(/\p{Cc}/gu, ' ').replace(/\s+/g, ' ').trim());
}
