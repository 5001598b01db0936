import * as OpenCC from 'opencc-js';

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** Full-width ASCII (ＡＢＣ１２３！) to half-width; the ideographic space to a plain space. */
function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/**
 * One canonical form for indexing and querying: Simplified script, half-width letters and digits,
 * lower case, no control characters, single spaces.
 */
export function normalizeText(text: string): string {
  return toSimplified(toHalfWidth(text.normalize('NFKC')))
    .replace(/\p{Cc}/gu, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
