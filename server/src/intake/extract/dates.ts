import { NUMBER_SOURCE, parseChineseNumber, spokenDigitsToArabic } from './numerals.js';

export interface DateFinding {
  /** First day of the period the words name, as an ISO date (Beijing time). */
  iso: string;
  precision: 'day' | 'week' | 'month' | 'season' | 'year';
  text: string;
}

const BEIJING_OFFSET_MS = 8 * 3600_000;
const YEAR_WORDS: Record<string, number> = { 今年: 0, 去年: -1, 前年: -2, 大前年: -3 };
const PERIOD_MONTH: Record<string, number> = {
  春天: 3, 春季: 3, 开春: 3, 夏天: 6, 夏季: 6, 秋天: 9, 秋季: 9, 冬天: 12, 冬季: 12,
  年初: 1, 年头: 1, 上半年: 1, 年中: 6, 下半年: 7, 年底: 12, 年末: 12,
};
const WEEKDAYS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

const N = NUMBER_SOURCE;
const YEAR = `(大前年|前年|去年|今年|(\\d{4}|[零〇一二三四五六七八九]{4})年)`;
const PERIOD = `(春天|春季|开春|夏天|夏季|秋天|秋季|冬天|冬季|年初|年头|上半年|年中|下半年|年底|年末)`;
const PATTERNS: { re: RegExp; read: (m: RegExpExecArray, today: Ymd) => Omit<DateFinding, 'text'> | null }[] = [
  {
    re: new RegExp(`${YEAR}(?:的)?(?:(${N})月(?:份)?(?:(${N})[日号])?|${PERIOD})?`),
    read: (m, today) => {
      const year = readYear(m[1] as string, m[2], today);
      if (year === null) return null;
      if (m[3]) return monthDay(year, m[3], m[4]);
      if (m[5]) return { iso: ymd(year, PERIOD_MONTH[m[5]] ?? 1, 1), precision: 'season' };
      return { iso: ymd(year, 1, 1), precision: 'year' };
    },
  },
  {
    re: new RegExp(`(上上|上|这|本)个?月(?:的)?(?:(${N})[日号])?`),
    read: (m, today) => {
      const back = m[1] === '上上' ? 2 : m[1] === '上' ? 1 : 0;
      const first = addMonths(today, -back);
      const day = m[2] ? parseChineseNumber(m[2]) : null;
      return day ? { iso: ymd(first.y, first.m, day), precision: 'day' } : { iso: ymd(first.y, first.m, 1), precision: 'month' };
    },
  },
  {
    re: /(上上|上|这|本)(?:个)?(?:周|星期|礼拜)([一二三四五六日天])/,
    read: (m, today) => {
      const weeksBack = m[1] === '上上' ? 2 : m[1] === '上' ? 1 : 0;
      const weekday = WEEKDAYS[m[2] as string] ?? 1;
      const todayWeekday = ((dayOfWeek(today) + 6) % 7) + 1;
      return { iso: shiftDays(today, weekday - todayWeekday - 7 * weeksBack), precision: 'day' };
    },
  },
  {
    // A whole week (上个礼拜, 这周) starts on its Monday.
    re: /(上上|上|这|本)(?:个)?(?:周|星期|礼拜)(?![一二三四五六日天])/,
    read: (m, today) => {
      const weeksBack = m[1] === '上上' ? 2 : m[1] === '上' ? 1 : 0;
      const todayWeekday = ((dayOfWeek(today) + 6) % 7) + 1;
      return { iso: shiftDays(today, 1 - todayWeekday - 7 * weeksBack), precision: 'week' };
    },
  },
  {
    // 前两天 is two days back; the vaguer 前几天/这些天 reach back up to a week.
    re: /(?:前|这)(两|三|几|些)天|最近(?:几|这几)天|前些日子/,
    read: (m, today) => {
      const n = { 两: 2, 三: 3 }[m[1] ?? ''];
      return n ? { iso: shiftDays(today, -n), precision: 'day' } : { iso: shiftDays(today, -7), precision: 'week' };
    },
  },
  {
    re: new RegExp(`(${N}|半)(?:个)?(天|周|星期|月|年)(?:以前|之前|前)`),
    read: (m, today) => {
      const n = m[1] === '半' ? 0.5 : parseChineseNumber(m[1] as string);
      if (n === null) return null;
      const unit = m[2] as string;
      if (unit === '天') return { iso: shiftDays(today, -n), precision: 'day' };
      if (unit === '周' || unit === '星期') return { iso: shiftDays(today, -7 * n), precision: 'day' };
      const months = unit === '年' ? Math.round(n * 12) : Math.round(n);
      const at = addMonths(today, -months);
      return { iso: ymd(at.y, at.m, unit === '年' ? 1 : today.d), precision: unit === '年' ? 'year' : 'month' };
    },
  },
  {
    re: /(大前天|前天|昨天|今天|刚才|今早|昨晚)/,
    read: (m, today) => ({ iso: shiftDays(today, -({ 大前天: 3, 前天: 2, 昨天: 1, 昨晚: 1 }[m[1] as string] ?? 0)), precision: 'day' }),
  },
  {
    re: new RegExp(`(?<![年\\d零〇一二两三四五六七八九十])(${N})月(?:份)?(?:(${N})[日号])?`),
    read: (m, today) => {
      const found = monthDay(today.y, m[1] as string, m[2]);
      // A month later than now without a year means last year.
      if (found && found.iso > ymd(today.y, today.m, today.d)) return monthDay(today.y - 1, m[1] as string, m[2]);
      return found;
    },
  },
];

interface Ymd { y: number; m: number; d: number }

function todayOf(now: Date): Ymd {
  const t = new Date(now.getTime() + BEIJING_OFFSET_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const dayOfWeek = (t: Ymd) => new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay();
function shiftDays(t: Ymd, days: number): string {
  return new Date(Date.UTC(t.y, t.m - 1, t.d + days)).toISOString().slice(0, 10);
}
function addMonths(t: Ymd, months: number): { y: number; m: number } {
  const index = t.y * 12 + (t.m - 1) + months;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}
function readYear(word: string, digits: string | undefined, today: Ymd): number | null {
  if (word in YEAR_WORDS) return today.y + (YEAR_WORDS[word] as number);
  const year = Number(spokenDigitsToArabic(digits ?? ''));
  return year >= 1950 && year <= today.y ? year : null;
}
function monthDay(year: number, month: string, day: string | undefined): Omit<DateFinding, 'text'> | null {
  const m = parseChineseNumber(month);
  if (m === null || m < 1 || m > 12) return null;
  const d = day ? parseChineseNumber(day) : null;
  if (d !== null && (d < 1 || d > 31)) return null;
  return d ? { iso: ymd(year, m, d), precision: 'day' } : { iso: ymd(year, m, 1), precision: 'month' };
}

/** The earliest-mentioned date in the text, resolved against today's date from the clock. */
export function extractDate(text: string, now: Date): DateFinding | null {
  const today = todayOf(now);
  let best: (DateFinding & { at: number }) | null = null;
  for (const { re, read } of PATTERNS) {
    const m = re.exec(text);
    if (!m || (best && m.index >= best.at)) continue;
    const found = read(m, today);
    if (found) best = { ...found, text: m[0], at: m.index };
  }
  if (!best) return null;
  return { iso: best.iso, precision: best.precision, text: best.text };
}
