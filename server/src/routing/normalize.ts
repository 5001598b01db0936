// Taiwan standard, not plain Traditional: it also maps 著→着 where it means the particle (著火, 穿著).
import * as OpenCC from 'opencc-js';

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

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
