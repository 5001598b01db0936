import type { Db } from '../../server/src/db/index.js';

export interface Accepted {
  citizenId: string;
  idempotencyKey: string;
  receiptNo: string;
}

export interface Reconciliation {
  /** Distinct (citizen, key) pairs the clients were given a receipt for. */
  acceptedKeys: number;
  rows: number;
  /** Accepted receipts missing from the database. */
  lost: number;
  /** Extra petitions: one submit intention (citizen, key) with more than one receipt or row. */
  duplicated: number;
  /** Petitions without their 'submit' audit event (a half-written submit). */
  withoutEvent: number;
  /** Petitions stored whose client never saw a receipt (a dropped connection not retried): reported, not an error. */
  unacknowledged: number;
}

/** Every accepted submit in the database exactly once, with its audit event. */
export async function reconcile(db: Db, citizenPattern: string, accepted: Accepted[]): Promise<Reconciliation> {
  const { rows } = await db.query<{ citizen_id: string; idempotency_key: string; receipt_no: string; events: number }>(
    `select p.citizen_id, p.idempotency_key, p.receipt_no,
            (select count(*)::int from petition_events e where e.petition_id = p.id and e.action = 'submit') as events
       from petitions p where p.citizen_id like $1`,
    [citizenPattern],
  );
  const stored = new Map(rows.map((r) => [r.receipt_no, r]));
  const byKey = new Map<string, Set<string>>();
  for (const a of accepted) {
    const key = `${a.citizenId}\u0000${a.idempotencyKey}`;
    byKey.set(key, (byKey.get(key) ?? new Set()).add(a.receiptNo));
  }
  const rowsPerKey = new Map<string, number>();
  for (const r of rows) rowsPerKey.set(`${r.citizen_id}\u0000${r.idempotency_key}`, (rowsPerKey.get(`${r.citizen_id}\u0000${r.idempotency_key}`) ?? 0) + 1);
  const receiptsPerCitizen = new Map<string, number>();
  for (const r of rows) receiptsPerCitizen.set(r.citizen_id, (receiptsPerCitizen.get(r.citizen_id) ?? 0) + 1);
  const acceptedReceipts = new Set(accepted.map((a) => a.receiptNo));
  return {
    acceptedKeys: byKey.size,
    rows: rows.length,
    lost: [...acceptedReceipts].filter((no) => !stored.has(no)).length,
    duplicated:
      [...byKey.values()].reduce((n, receipts) => n + receipts.size - 1, 0) +
      [...rowsPerKey.values()].reduce((n, count) => n + count - 1, 0) +
      [...receiptsPerCitizen.values()].reduce((n, count) => n + count - 1, 0),
    withoutEvent: rows.filter((r) => r.events !== 1).length,
    unacknowledged: rows.filter((r) => !acceptedReceipts.has(r.receipt_no)).length,
  };
}
