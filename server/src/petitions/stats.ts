import { z } from 'zod';
import type { Queryable } from '../db/index.js';
import { localDate } from './deadlines.js';
import { type Scope, scopeSql } from './scope.js';

export const StatsFilter = z.object({
  from: z.preprocess((v) => (v === '' ? undefined : v), z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional()),
  to: z.preprocess((v) => (v === '' ? undefined : v), z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional()),
});
export type StatsFilter = z.infer<typeof StatsFilter>;

export interface Rate {
  numerator: number;
  denominator: number;
  /** null when nothing was due yet */
  value: number | null;
}

export interface Stats {
  total: number;
  /** 及时受理率: decided (受理/转送/不予受理) by the 15-day due date, over all decided or overdue. */
  timelyAcceptance: Rate;
  /** 按期办结率: replied by the handling due date, over all replied or overdue. */
  onTimeResolution: Rate;
  /** 群众满意率: 满意 + 基本满意 over all rated. */
  satisfaction: Rate;
  byTopic: Bucket[];
  byRoute: Bucket[];
  byDivision: Bucket[];
  byMonth: Bucket[];
  byStatus: Bucket[];
}

export interface Bucket {
  key: string;
  count: number;
}

/** Local (UTC+8) calendar date of a timestamptz column, independent of the session time zone. */
const local = (col: string) => `((${col} at time zone 'UTC') + interval '8 hours')`;

const rate = (numerator: unknown, denominator: unknown): Rate => {
  const n = Number(numerator ?? 0);
  const d = Number(denominator ?? 0);
  return { numerator: n, denominator: d, value: d === 0 ? null : n / d };
};

/** The 信访"三率" and volumes for petitions submitted in the range, within a scope. */
export async function computeStats(q: Queryable, scope: Scope, filter: StatsFilter, now: Date): Promise<Stats> {
  const where = scopeSql(scope, 1);
  const conds = [where.sql, 'submitted_at is not null'];
  const params: unknown[] = [...where.params];
  // Made here from the clock, never from input, so it is safe to inline.
  const today = `'${localDate(now)}'::date`;
  if (filter.from) {
    params.push(filter.from);
    conds.push(`${local('submitted_at')}::date >= $${params.length}::date`);
  }
  if (filter.to) {
    params.push(filter.to);
    conds.push(`${local('submitted_at')}::date <= $${params.length}::date`);
  }
  const whereSql = conds.join(' and ');
  const decided = `decided_at is not null`;
  const replied = `replied_at is not null and resolve_due is not null`;
  // One scan: the empty grouping set carries the rates, the others the volumes.
  const { rows } = await q.query<Record<string, string | number | null>>(
    `select grouping(topic, route, division, status, month) as g, topic, route, division, status, month,
       count(*) as total,
       count(*) filter (where ${decided} and ${local('decided_at')}::date <= accept_due) as timely,
       count(*) filter (where ${decided} or accept_due < ${today}) as accept_base,
       count(*) filter (where ${replied} and ${local('replied_at')}::date <= resolve_due) as on_time,
       count(*) filter (where ${replied} or (replied_at is null and resolve_due < ${today})) as resolve_base,
       count(*) filter (where rating in ('满意', '基本满意')) as satisfied,
       count(*) filter (where rating is not null) as rated
     from (select topic, route, division, status, decided_at, accept_due, replied_at, resolve_due, rating,
         to_char(${local('submitted_at')}, 'YYYY-MM') as month from petitions where ${whereSql}) p
     group by grouping sets ((), (topic), (route), (division), (status), (month))`,
    params,
  );
  // grouping() bits, most significant first: topic, route, division, status, month (1 = not grouped by it).
  const byColumn = (column: string, bit: number): Bucket[] =>
    rows
      .filter((row) => Number(row.g) === 31 - bit)
      .map((row) => ({ key: String(row[column]), count: Number(row.total) }))
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const r = rows.find((row) => Number(row.g) === 31) ?? {};
  const byMonth = byColumn('month', 1);
  return {
    total: Number(r.total ?? 0),
    timelyAcceptance: rate(r.timely, r.accept_base),
    onTimeResolution: rate(r.on_time, r.resolve_base),
    satisfaction: rate(r.satisfied, r.rated),
    byTopic: byColumn('topic', 16),
    byRoute: byColumn('route', 8),
    byDivision: byColumn('division', 4),
    byStatus: byColumn('status', 2),
    byMonth: byMonth.sort((a, b) => a.key.localeCompare(b.key)),
  };
}
