const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** GB 11643-1999 check character of an 18-character resident ID number. */
export function isValidIdNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  return CHECK_CHARS[sum % 11] === id[17];
}

export type IdFinding = { idNumber: string } | { invalid: string };

/** An 18-character ID number; one with a wrong check character is reported, not kept. */
export function extractIdNumber(text: string): IdFinding | null {
  const compact = text.replace(/(\d)[\s-]+(?=[\dXx])/g, '$1');
  const match = /(?<![\dXx])(\d{17}[\dXx])(?![\dXx])/.exec(compact);
  if (!match?.[1]) return null;
  const id = match[1].toUpperCase();
  return isValidIdNumber(id) ? { idNumber: id } : { invalid: id };
}
