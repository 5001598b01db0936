const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 幺: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

/** Regex source for a number as people say it: 3, 2.5万, 两万三千, 十几, 几十, 六万. */
export const NUMBER_SOURCE = '(?:\\d+(?:\\.\\d+)?[十百千万亿]*|[零〇一二两三四五六七八九十百千万亿几]+)';

// 几 is a vague digit: a lower bound of 2 when it leads (几十 → 20), 0 after a unit (十几 → 10).
function vagueDigit(prev: string | undefined): number {
  return prev === undefined || !(prev in SMALL_UNITS || prev in BIG_UNITS) ? 2 : 0;
}

/** Below 万: 两百五 = 250 (a bare digit after a unit counts one unit lower), 一百零五 = 105. */
function parseSection(section: string): number | null {
  let total = 0;
  let digit: number | null = null;
  let lastUnit = 1;
  let afterUnit = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i] as string;
    if (ch in DIGITS || ch === '几') {
      digit = ch === '几' ? vagueDigit(section[i - 1]) : (DIGITS[ch] as number);
      if (digit === 0) afterUnit = false;
      continue;
    }
    const unit = SMALL_UNITS[ch];
    if (unit === undefined) return null;
    total += (digit ?? 1) * unit;
    digit = null;
    lastUnit = unit;
    afterUnit = true;
  }
  if (digit !== null) total += afterUnit && lastUnit >= 100 ? (digit * lastUnit) / 10 : digit;
  return total;
}

/** Parses Arabic, Chinese or mixed numerals (一万二 = 12000, 2.5万 = 25000); null when it is not a number. */
export function parseChineseNumber(text: string): number | null {
  const arabic = /^(\d+(?:\.\d+)?)([十百千万亿]*)$/.exec(text);
  if (arabic) {
    let value = Number(arabic[1]);
    for (const unit of arabic[2] ?? '') value *= SMALL_UNITS[unit] ?? BIG_UNITS[unit] ?? 1;
    return value;
  }
  if (text === '' || !/^[零〇一二两三四五六七八九十百千万亿几幺]+$/.test(text)) return null;
  let total = 0;
  let rest = text;
  for (const big of ['亿', '万']) {
    const at = rest.indexOf(big);
    if (at < 0) continue;
    const head = rest.slice(0, at);
    const value = head === '' ? 1 : parseSection(head);
    if (value === null) return null;
    const scale = BIG_UNITS[big] as number;
    total += value * scale;
    rest = rest.slice(at + 1);
    // Colloquial 一万二 = 12000: one bare digit after a big unit is the next unit down.
    if (rest.length === 1 && rest in DIGITS) return total + (DIGITS[rest] as number) * (scale / 10);
  }
  if (rest === '') return total;
  const value = parseSection(rest);
  return value === null ? null : total + value;
}

/** Maps spoken digits one by one (一三九 → 139), for phone and ID numbers. */
export function spokenDigitsToArabic(text: string): string {
  return text.replace(/[零〇一幺二两三四五六七八九]/g, (ch) => String(DIGITS[ch]));
}
