import type { Queryable } from '../db/index.js';

export interface OutboxItem {
  id: string;
  kind: string;
  payload: unknown;
  /** Including the attempt in progress. */
  attempts: number;
  maxAttempts: number;
}

const BACKOFF_BASE_MS = 30_000;
const BACKOFF_CAP_MS = 60 * 60_000;

/**
 * Adds work to the outbox. Pass the transaction of the change that caused it, so the work exists
 * exactly when the change commits.
 */
export async function enqueueOutbox(
  db: Queryable,
  item: { kind: string; payload: unknown; now: Date; maxAttempts?: number },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into outbox (kind, payload, max_attempts, next_attempt_at, created_at)
     values ($1, $2::jsonb, $3, $4, $4) returning id::text as id`,
    [item.kind, JSON.stringify(item.payload), item.maxAttempts ?? 8, item.now.toISOString()],
  );
  return rows[0]?.id ?? '';
}

/**
 * Claims due rows of the given kinds. A claimed row is leased: its next attempt moves `leaseMs` ahead,
 * so another worker picks it up only if this one dies before reporting the outcome.
 */
export async function claimDue(
  db: Queryable,
  opts: { kinds: readonly string[]; now: Date; limit: number; leaseMs: number },
): Promise<OutboxItem[]> {
  const { rows } = await db.query<{
    id: string;
    kind: string;
    payload: unknown;
    attempts: number;
    max_attempts: number;
  }>(
    `update outbox set attempts = attempts + 1, next_attempt_at = $2
     where id in (
       select id from outbox
       where sent_at is null and failed_at is null and next_attempt_at <= $1 and kind = any($3::text[])
       order by next_attempt_at, id
       limit $4
       for update skip locked)
     returning id::text as id, kind, payload, attempts, max_attempts`,
    [opts.now.toISOString(), new Date(opts.now.getTime() + opts.leaseMs).toISOString(), opts.kinds, opts.limit],
  );
  return rows.map((r) => ({ ...r, maxAttempts: r.max_attempts }));
}

export async function markSent(db: Queryable, id: string, now: Date): Promise<void> {
  await db.query('update outbox set sent_at = $2, last_error = null where id = $1::bigint', [id, now.toISOString()]);
}

/** Schedules a retry with exponential backoff, or gives up when the error is permanent or attempts ran out. */
export async function markFailed(
  db: Queryable,
  item: OutboxItem,
  opts: { error: string; permanent: boolean; now: Date; random?: () => number },
): Promise<'retry' | 'failed'> {
  const error = opts.error.slice(0, 500);
  if (opts.permanent || item.attempts >= item.maxAttempts) {
    await db.query('update outbox set failed_at = $2, last_error = $3 where id = $1::bigint', [
      item.id,
      opts.now.toISOString(),
      error,
    ]);
    return 'failed';
  }
  const next = new Date(opts.now.getTime() + backoffMs(item.attempts, opts.random ?? Math.random));
  await db.query('update outbox set next_attempt_at = $2, last_error = $3 where id = $1::bigint', [
    item.id,
    next.toISOString(),
    error,
  ]);
  return 'retry';
}

/** 30 s, 60 s, 120 s … capped at one hour, with ±20 % jitter so replicas do not retry in lockstep. */
export function backoffMs(attempts: number, random: () => number): number {
  const exp = Math.min(BACKOFF_BASE_MS * 2 ** Math.max(attempts - 1, 0), BACKOFF_CAP_MS);
  return Math.round(exp * (0.8 + 0.4 * random()));
}
