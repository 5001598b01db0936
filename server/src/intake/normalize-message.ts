import { normalizeText } from '../knowledge/index.js';
import { stripInjection } from './extract/injection.js';

/** Longest message the dialogue reads; longer input is refused with a clear reply. */
export const MAX_MESSAGE_CHARS = 1000;

const PICTOGRAPHS = /\p{Extended_Pictographic}|\u{FE0F}|\u{200D}/gu;

/**
 * One canonical form for extraction: Simplified script, half-width, no control characters or emoji,
 * markup and instruction-like clauses removed (they are data, never instructions).
 */
export function normalizeMessage(raw: string): { text: string; injected: boolean } {
  const plain = normalizeText(raw.replace(PICTOGRAPHS, ' '));
  return stripInjection(plain);
}
