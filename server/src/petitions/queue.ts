import { z } from 'zod';
import type { Queryable } from '../db/index.js';
import { RouteCode, Topic } from '../routing/types.js';
import { localDate } from './deadlines.js';
import { type Scope, escapeLike, scopeSql } from './scope.js';
import { PetitionStatus } from './types.js';

export const QUEUE_PAGE_SIZE = 50;

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);

/** Queue filters as they arrive from the console's GET form. */
export const QueueFilter = z.object({
  status: z.preprocess(emptyToUndefined, z.union([PetitionStatus, z.literal('open')]).optional()),
  topic: z.preprocess(emptyToUndefined, Topic.optional()),
  route: z.preprocess(emptyToUndefined, RouteCode.optional()),
  q: z.preprocess(emptyToUndefined, z.string().trim().max(50).optional()),
  overdue: z.preprocess(emptyToUndefined, z.literal('1').optional()),
  sort: z.preprocess(emptyToUndefined, z.enum(['due', 'newest']).default('due')),
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(10_000).default(1)),
});
export type QueueFilter = z.infer<typeof QueueFilter>;

export interface QueueItem {
  receiptNo: string;
  status: PetitionStatus;
  topic: string;
  route: string;
  division: string;
  name: string | null;
  summary: string;
  urgent: boolean;
  submittedAt: Date;
  due: string | null;
  owner: string | null;
  duplicateOf: number | null;
}

/** The deadline that matters now: acceptance while submitted, handling while open. */
export const CURRENT_DUE_SQL = `case when status = 'submitted' then accept_due
  when status in ('accepted', 'in_progress', 'review_requested') then resolve_due end`;
const OPEN_STATUSES = `('submitted', 'accepted', 'in_progress', 'review_requested')`;

export async function listQueue(
  q: Queryable,
  scope: Scope,
  filter: QueueFilter,
  now: Date,
): Promise<{ items: QueueItem[]; total: number; overdue: number }> {
  const where = scopeSql(scope, 1);
  const conds = [where.sql];
  const params: unknown[] = [...where.params];
  const add = (sql: (n: number) => string, value: unknown) => {
    params.push(value);
    conds.push(sql(params.length));
  };
  if (filter.status === 'open') conds.push(`status in ${OPEN_STATUSES}`);
  else if (filter.status) add((n) => `status = $${n}`, filter.status);
  if (filter.topic) add((n) => `topic = $${n}`, filter.topic);
  if (filter.route) add((n) => `route = $${n}`, filter.route);
  if (filter.q) {
    params.push(filter.q.toUpperCase(), `%${escapeLike(filter.q)}%`);
    const n = params.length;
    conds.push(`(receipt_no = $${n - 1} or summary like $${n} or name like $${n})`);
  }
  const today = localDate(now);
  const overdueCond = `(${CURRENT_DUE_SQL}) < '${today}'::date`;
  if (filter.overdue) conds.push(overdueCond);
  const whereSql = conds.join(' and ');
  const order = filter.sort === 'newest' ? 'submitted_at desc' : `${CURRENT_DUE_SQL} asc nulls last, submitted_at asc`;
  const [list, counts] = await Promise.all([
    q.query<Record<string, unknown>>(
      `select receipt_no, status, topic, route, division, name, summary, urgent, submitted_at, owner, duplicate_of,
         (${CURRENT_DUE_SQL})::text as due
       from petitions where ${whereSql} order by ${order} limit ${QUEUE_PAGE_SIZE} offset ${(filter.page - 1) * QUEUE_PAGE_SIZE}`,
      params,
    ),
    q.query<{ total: string | number; overdue: string | number }>(
      `select count(*) as total, count(*) filter (where ${overdueCond}) as overdue from petitions where ${whereSql}`,
      params,
    ),
  ]);
  return {
    items: list.rows.map((r) => ({
      receiptNo: String(r.receipt_no),
      status: r.status as PetitionStatus,
      topic: String(r.topic),
      route: String(r.route),
      division: String(r.division),
      name: r.name === null ? null : String(r.name),
      summary: String(r.summary),
      urgent: Boolean(r.urgent),
      submittedAt: new Date(r.submitted_at as string),
      due: r.due === null ? null : String(r.due),
      owner: r.owner === null ? null : String(r.owner),
      duplicateOf: r.duplicate_of === null ? null : Number(r.duplicate_of),
    })),
    total: Number(counts.rows[0]?.total ?? 0),
    overdue: Number(counts.rows[0]?.overdue ?? 0),
  };
}
