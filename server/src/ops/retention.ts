import type { Clock } from '../clock.js';
import type { Db, Queryable } from '../db/index.js';

/** What a purge leaves in place of a name or a summary, as the console shows it. */
export const ERASED_TEXT = '已删除';
/** A purged petition's citizen id: unlinks it from the WeChat identity and marks it as purged. */
const ERASED_CITIZEN_PREFIX = 'erased:';
/** created_by of a citizen's own filing holds the WeChat identity too; staff filers stay. */
const ERASED_CREATOR = 'citizen:erased';
const BATCH = 200;
const DAY_MS = 86_400_000;

/**
 * The personal fields of a petition (domain name, column, whether it holds a value). Everything
 * else — topic, route, division, status, dates, due dates, rating, staff decisions — stays, so the
 * 三率 and volume statistics do not change.
 */
const PERSONAL_FIELDS = [
  ['name', 'name is not null'],
  ['phone', 'phone_enc is not null'],
  ['idNumber', 'id_number_enc is not null'],
  ['citizenText', 'citizen_text_enc is not null'],
  ['summary', `summary <> '${ERASED_TEXT}'`],
  ['request', 'request is not null'],
  ['facts', 'facts is not null'],
  ['happened', 'happened is not null'],
  ['previous', `previous <> '[]'::jsonb`],
  ['agent', 'agent is not null'],
  ['ratingNote', 'rating_note is not null'],
  ['sessionId', 'session_id is not null'],
  ['citizenId', 'true'],
  ['createdBy', `created_by like 'citizen:%'`],
] as const;
type PersonalField = (typeof PERSONAL_FIELDS)[number][0];

/** What each field reads after the purge, for the audit event. */
const AFTER: Record<PersonalField, string | null | never[]> = {
  name: ERASED_TEXT, phone: null, idNumber: null, citizenText: null, summary: ERASED_TEXT, request: null, facts: null,
  happened: null, previous: [], agent: null, ratingNote: null, sessionId: null, citizenId: ERASED_TEXT,
  createdBy: ERASED_CREATOR,
};

const ERASE_SQL = `update petitions set
  name = case when name is null then null else '${ERASED_TEXT}' end, phone_enc = null, phone_index = null,
  id_number_enc = null, citizen_text_enc = null, summary = '${ERASED_TEXT}', request = null, facts = null,
  happened = null, previous = '[]', agent = null, rating_note = null, session_id = null,
  citizen_id = '${ERASED_CITIZEN_PREFIX}' || receipt_no, idempotency_key = receipt_no, updated_at = $2,
  created_by = case when created_by like 'citizen:%' then '${ERASED_CREATOR}' else created_by end
  where id = $1`;

export interface RetentionResult {
  cutoff: Date;
  /** Petitions whose personal data was (or, in a dry run, would be) erased. */
  petitions: number;
  /** Expired intake chat sessions deleted (or that would be). */
  sessions: number;
  dryRun: boolean;
}

/** Closed before the cutoff and not purged yet; the marker is on the row, so a rerun skips it. */
const DUE_SQL = `from petitions where status = 'closed' and closed_at <= $1
  and citizen_id not like '${ERASED_CITIZEN_PREFIX}%'`;

/**
 * Erases the personal data of petitions closed more than `days` ago, one audit event each in the same
 * transaction, and deletes expired chat sessions. Rows are locked with SKIP LOCKED, so replicas
 * running it at the same time never purge (or audit) a petition twice.
 */
export async function runRetention(db: Db, clock: Clock, days: number, options: { dryRun?: boolean } = {}): Promise<RetentionResult> {
  const now = clock.now();
  const cutoff = new Date(now.getTime() - days * DAY_MS);
  const dryRun = options.dryRun ?? false;
  if (dryRun) {
    const due = await db.query<{ n: string }>(`select count(*) as n ${DUE_SQL}`, [cutoff.toISOString()]);
    const expired = await db.query<{ n: string }>('select count(*) as n from intake_sessions where expires_at <= $1', [now.toISOString()]);
    return { cutoff, petitions: Number(due.rows[0]?.n ?? 0), sessions: Number(expired.rows[0]?.n ?? 0), dryRun };
  }
  let petitions = 0;
  for (;;) {
    const purged = await db.transaction((tx) => purgeBatch(tx, cutoff, now, days));
    petitions += purged;
    if (purged < BATCH) break;
  }
  // An expired session can no longer be read or resumed (sessions.ts filters on expires_at), so deleting
  // it loses nothing; keeping it would only keep the citizen's words.
  const deleted = await db.query<{ id: string }>('delete from intake_sessions where expires_at <= $1 returning id', [now.toISOString()]);
  return { cutoff, petitions, sessions: deleted.rows.length, dryRun };
}

async function purgeBatch(tx: Queryable, cutoff: Date, now: Date, days: number): Promise<number> {
  const presence = PERSONAL_FIELDS.map(([field, sql]) => `(${sql}) as "${field}"`).join(', ');
  const { rows } = await tx.query<Record<string, unknown>>(
    `select id, ${presence} ${DUE_SQL} order by id limit ${BATCH} for update skip locked`,
    [cutoff.toISOString()],
  );
  for (const row of rows) {
    const erased = PERSONAL_FIELDS.map(([field]) => field).filter((field) => row[field] === true);
    await tx.query(ERASE_SQL, [row.id, now.toISOString()]);
    // Values are never copied into the audit trail: it only says which fields held data and what is left.
    const before = Object.fromEntries(erased.map((field) => [field, '***']));
    const after = Object.fromEntries(erased.map((field) => [field, AFTER[field]]));
    await tx.query(
      `insert into petition_events (petition_id, at, actor, actor_role, action, before, after, note)
       values ($1, $2, 'system', 'system', 'retention_purge', $3, $4, $5)`,
      [row.id, now.toISOString(), JSON.stringify(before), JSON.stringify(after), `办结已满 ${days} 日（RETENTION_DAYS），个人信息按保存期限删除`],
    );
  }
  return rows.length;
}

/** Runs the pass once a day in this process; a failure is logged and retried the next day. */
export function scheduleRetention(db: Db, clock: Clock, days: number, log: (line: string) => void): () => void {
  const run = () =>
    runRetention(db, clock, days).then(
      (r) => log(`retention: ${r.petitions} petitions erased, ${r.sessions} expired sessions deleted`),
      (err: unknown) => log(`retention failed: ${err instanceof Error ? err.message : String(err)}`),
    );
  const timer = setInterval(run, DAY_MS);
  timer.unref();
  void run();
  return () => clearInterval(timer);
}
