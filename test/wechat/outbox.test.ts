import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/src/db/index.js';
import { backoffMs, claimDue, enqueueOutbox } from '../../server/src/wechat/outbox.js';
import { createOutboxWorker, PermanentFailure } from '../../server/src/wechat/outbox-worker.js';
import { makeTestDb } from '../helpers/db.js';

let db: Db;
let nowMs = Date.parse('2026-03-01T08:00:00Z');
const clock = { now: () => new Date(nowMs) };

beforeAll(async () => {
  db = await makeTestDb();
});

async function row(id: string) {
  const { rows } = await db.query<{ attempts: number; sent_at: unknown; failed_at: unknown; last_error: string | null }>(
    'select attempts, sent_at, failed_at, last_error from outbox where id = $1::bigint',
    [id],
  );
  return rows[0];
}

describe('outbox', () => {
  it('backs off exponentially with bounded jitter, capped at an hour', () => {
    expect(backoffMs(1, () => 0.5)).toBe(30_000);
    expect(backoffMs(2, () => 0.5)).toBe(60_000);
    expect(backoffMs(4, () => 0.5)).toBe(240_000);
    expect(backoffMs(20, () => 0.5)).toBe(3_600_000);
    expect(backoffMs(1, () => 0)).toBe(24_000);
    expect(backoffMs(1, () => 1)).toBe(36_000);
  });

  it('never hands the same row to two concurrent claimers', async () => {
    for (let i = 0; i < 6; i++) await enqueueOutbox(db, { kind: 'test.claim', payload: { i }, now: clock.now() });
    const [a, b] = await Promise.all([
      claimDue(db, { kinds: ['test.claim'], now: clock.now(), limit: 4, leaseMs: 60_000 }),
      claimDue(db, { kinds: ['test.claim'], now: clock.now(), limit: 4, leaseMs: 60_000 }),
    ]);
    const ids = [...(a ?? []), ...(b ?? [])].map((r) => r.id);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
    // Leased rows are not due again until the lease runs out.
    expect(await claimDue(db, { kinds: ['test.claim'], now: clock.now(), limit: 10, leaseMs: 60_000 })).toHaveLength(0);
  });

  it('retries a failing item with backoff and marks it sent once it succeeds', async () => {
    const id = await enqueueOutbox(db, { kind: 'test.flaky', payload: { n: 1 }, now: clock.now() });
    let calls = 0;
    const worker = createOutboxWorker({
      db,
      clock,
      random: () => 0.5,
      handlers: {
        'test.flaky': async () => {
          calls++;
          if (calls < 3) throw new Error('network down');
        },
      },
    });
    expect(await worker.drainOnce()).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect(await worker.drainOnce()).toEqual({ sent: 0, retried: 0, failed: 0 }); // not due yet
    nowMs += 30_000;
    expect(await worker.drainOnce()).toEqual({ sent: 0, retried: 1, failed: 0 });
    nowMs += 59_000;
    expect((await worker.drainOnce()).sent).toBe(0);
    nowMs += 1_000;
    expect(await worker.drainOnce()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await row(id)).toMatchObject({ attempts: 3, failed_at: null, last_error: null });
    expect((await row(id))?.sent_at).not.toBeNull();
  });

  it('gives up at once on a permanent failure and after max attempts otherwise', async () => {
    const permanent = await enqueueOutbox(db, { kind: 'test.permanent', payload: {}, now: clock.now() });
    const exhausted = await enqueueOutbox(db, { kind: 'test.always', payload: {}, now: clock.now(), maxAttempts: 2 });
    const worker = createOutboxWorker({
      db,
      clock,
      random: () => 0.5,
      handlers: {
        'test.permanent': async () => {
          throw new PermanentFailure('bad payload');
        },
        'test.always': async () => {
          throw new Error('still down');
        },
      },
    });
    expect(await worker.drainOnce()).toEqual({ sent: 0, retried: 1, failed: 1 });
    nowMs += 3_600_000;
    expect(await worker.drainOnce()).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect(await row(permanent)).toMatchObject({ attempts: 1, last_error: 'bad payload' });
    expect(await row(exhausted)).toMatchObject({ attempts: 2, last_error: 'still down' });
    expect((await row(exhausted))?.failed_at).not.toBeNull();
  });
});
