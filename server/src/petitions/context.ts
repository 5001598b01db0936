import type { Clock } from '../clock.js';
import type { Db, Queryable } from '../db/index.js';
import type { FieldCipher } from '../privacy/index.js';

/** What petition functions need; built once from AppDeps. */
export interface PetitionContext {
  db: Db;
  clock: Clock;
  cipher: FieldCipher;
  /** Division prefix the deployment serves; petitions without a place fall under it. */
  jurisdiction: string;
  /** Queues a citizen notice in the same transaction as a status change (the outbox sends it later). */
  notifyStatus?: StatusNotifier;
}

export type StatusNotifier = (
  tx: Queryable,
  notice: { citizenId: string; receiptNo: string; status: string; title: string; at: Date },
) => Promise<unknown>;
