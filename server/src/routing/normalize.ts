import * as OpenCC from 'opencc-js';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/**
 * The form every routing matcher sees: Simplified script, half-width ASCII, lower case, no spaces.
 * Spaces are dropped because citizens type them at random inside Chinese sentences.
 */
export function normalizeForRouting(text: string): string {
  return toSimplified(text.normalize('NFKC'))
    .replace(/\p{Cc}/gu, ' ')
    .toLowerCase()
    .replace(/\s+/g, '');
}
