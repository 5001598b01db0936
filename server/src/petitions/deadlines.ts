import type { LegalBasis } from '../routing/types.js';

/**
 * Procedural deadlines of 《信访工作条例》(2022). The 条例 does not say calendar or working days (only
 * 第二十三条第三款 names "5个工作日"), so these are calendar days; counting starts the day after
 * receipt (民法典 第二百零一条). Due dates are not moved past public holidays (第二百零三条), which
 * keeps them on the safe, earlier side for staff.
 */
export const PROCEDURE_DEADLINES = {
  accept: {
    label: '登记并受理/转送、书面告知',
    days: 15,
    basis: [
      { doc: '信访工作条例', article: '第二十二条' },
      { doc: '信访工作条例', article: '第二十三条' },
    ],
  },
  resolve: { label: '办结', days: 60, basis: [{ doc: '信访工作条例', article: '第三十四条' }] },
  extension: { label: '延长办理期限（最多）', days: 30, basis: [{ doc: '信访工作条例', article: '第三十四条' }] },
  review: { label: '请求复查', days: 30, basis: [{ doc: '信访工作条例', article: '第三十五条' }] },
} as const satisfies Record<string, { label: string; days: number; basis: readonly LegalBasis[] }>;

/** Days and dates are counted in China Standard Time, where every petition office works. */
const CST_OFFSET_MS = 8 * 3600 * 1000;

/** The calendar date (YYYY-MM-DD) of an instant in China Standard Time. */
export function localDate(at: Date): string {
  return new Date(at.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10);
}

/** `date` plus `days` calendar days; the result is the last day of the period. */
export function addCalendarDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Due date of a period that starts on receipt at `at`. */
export function dueAfter(at: Date, days: number): string {
  return addCalendarDays(localDate(at), days);
}

/** Overdue once the due date has passed in local time (the due day itself still counts). */
export function isOverdue(due: string | null, now: Date): boolean {
  return due !== null && localDate(now) > due;
}

/** Whole days left until `due` (negative when overdue). */
export function daysLeft(due: string, now: Date): number {
  return Math.round((Date.parse(`${due}T00:00:00Z`) - Date.parse(`${localDate(now)}T00:00:00Z`)) / 86_400_000);
}
