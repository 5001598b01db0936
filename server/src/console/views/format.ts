import { daysLeft } from '../../petitions/index.js';

/** Date and time in China Standard Time, e.g. 2026-03-01 14:05. */
export function formatTime(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

export function formatPercent(value: number | null): string {
  return value === null ? '—' : `${(value * 100).toFixed(1)}%`;
}

/** A due date with its urgency: overdue (red), within 3 days (amber), else plain. */
export function dueState(due: string | null, now: Date): { text: string; className: string } {
  if (!due) return { text: '—', className: 'muted' };
  const left = daysLeft(due, now);
  if (left < 0) return { text: `${due}（已超期${-left}天）`, className: 'due-over' };
  if (left <= 3) return { text: `${due}（剩${left}天）`, className: 'due-soon' };
  return { text: due, className: '' };
}
