import type { Queryable } from '../db/index.js';
import { localDate } from './deadlines.js';

/** Receipt numbers like XF20261123-000042: date of receipt, then a database-wide sequence. */
export async function nextReceiptNo(q: Queryable, at: Date): Promise<string> {
  const { rows } = await q.query<{ n: string | number }>(`select nextval('petition_receipt_seq') as n`);
  const seq = String(rows[0]?.n ?? 0).padStart(6, '0');
  return `XF${localDate(at).replaceAll('-', '')}-${seq}`;
}

export const RECEIPT_NO = /^XF\d{8}-\d{6,}$/;
