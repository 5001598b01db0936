import type { Clock } from '../clock.js';
import type { Db } from '../db/index.js';
import { logger } from '../log.js';
import { claimDue, markFailed, markSent } from './outbox.js';

/** Handles one outbox payload; throw to retry, throw an error with `permanent: true` to give up. */
export type OutboxHandler = (payload: unknown) => Promise<void>;

export interface OutboxWorker {
  /** Handles every row due now; returns how each ended. */
  drainOnce(): Promise<{ sent: number; retried: number; failed: number }>;
  start(intervalMs: number): void;
  stop(): Promise<void>;
}

/** Thrown by a handler when retrying cannot help (e.g. a malformed payload). */
export class PermanentFailure extends Error {
  readonly permanent = true;
}

const isPermanent = (err: unknown): boolean =>
  typeof err === 'object' && err !== null && 'permanent' in err && err.permanent === true;

export function createOutboxWorker(options: {
  db: Db;
  clock: Clock;
  handlers: Record<string, OutboxHandler>;
  batchSize?: number;
  leaseMs?: number;
  random?: () => number;
}): OutboxWorker {
  const kinds = Object.keys(options.handlers);
  let timer: ReturnType<typeof setInterval> | undefined;
  let running: Promise<unknown> = Promise.resolve();

  async function drainOnce() {
    const counts = { sent: 0, retried: 0, failed: 0 };
    for (;;) {
      const items = await claimDue(options.db, {
        kinds,
        now: options.clock.now(),
        limit: options.batchSize ?? 20,
        leaseMs: options.leaseMs ?? 60_000,
      });
      if (items.length === 0) return counts;
      for (const item of items) {
        try {
          await options.handlers[item.kind]?.(item.payload);
          await markSent(options.db, item.id, options.clock.now());
          counts.sent++;
        } catch (err) {
          const outcome = await markFailed(options.db, item, {
            error: err instanceof Error ? err.message : String(err),
            permanent: isPermanent(err),
            now: options.clock.now(),
            random: options.random,
          });
          if (outcome === 'failed') logger.warn('outbox item failed', { id: item.id, kind: item.kind, error: err });
          counts[outcome === 'retry' ? 'retried' : 'failed']++;
        }
      }
    }
  }

  return {
    drainOnce,
    start(intervalMs) {
      timer ??= setInterval(() => {
        running = running.then(drainOnce).catch((err) => logger.error('outbox drain failed', { error: err }));
      }, intervalMs);
      timer.unref?.();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}
