import type { Db } from '../db/index.js';
import { AppError } from '../errors.js';
import type { FieldCipher } from '../privacy/index.js';
import { DialogueState, PersonalValues, type SessionState } from './state.js';

export const SESSION_TTL_DAYS = 7;
const DAY_MS = 86_400_000;
const PURGE_EVERY = 200;

export interface StoredSession {
  id: string;
  version: number;
  state: SessionState;
}

interface Row {
  state: unknown;
  personal: string;
  version: number;
}

const PERSONAL_FIELD = 'intake_sessions.personal';

/** Sessions in the database: personal data encrypted, the rest as JSON, optimistic versioning per turn. */
export function createSessionStore(db: Db, cipher: FieldCipher, ttlDays = SESSION_TTL_DAYS) {
  let writes = 0;
  const expiry = (now: Date) => new Date(now.getTime() + ttlDays * DAY_MS).toISOString();

  return {
    async load(id: string, now: Date): Promise<StoredSession | null> {
      const { rows } = await db.query<Row>('select state, personal, version from intake_sessions where id = $1 and expires_at > $2', [id, now.toISOString()]);
      const row = rows[0];
      if (!row) return null;
      const state = typeof row.state === 'string' ? JSON.parse(row.state) : row.state;
      return {
        id,
        version: row.version,
        state: { dialogue: DialogueState.parse(state), personal: PersonalValues.parse(JSON.parse(cipher.decrypt(PERSONAL_FIELD, row.personal))) },
      };
    },

    /** Inserts (version 0) or updates when nobody else wrote in between; a lost race is a 409. */
    async save(session: StoredSession, now: Date): Promise<void> {
      const state = JSON.stringify(session.state.dialogue);
      const personal = cipher.encrypt(PERSONAL_FIELD, JSON.stringify(session.state.personal));
      const at = now.toISOString();
      if (session.version === 0) {
        await db.query(
          `insert into intake_sessions (id, state, personal, version, created_at, updated_at, expires_at)
           values ($1, $2::jsonb, $3, 1, $4, $4, $5)`,
          [session.id, state, personal, at, expiry(now)],
        );
      } else {
        const { rows } = await db.query(
          `update intake_sessions set state = $2::jsonb, personal = $3, version = version + 1, updated_at = $4, expires_at = $5
           where id = $1 and version = $6 returning id`,
          [session.id, state, personal, at, expiry(now), session.version],
        );
        if (rows.length === 0) throw new AppError('conflict', '上一条消息还在处理，请稍等再发。');
      }
      if (++writes % PURGE_EVERY === 0) await db.query('delete from intake_sessions where expires_at <= $1', [at]);
    },
  };
}
export type SessionStore = ReturnType<typeof createSessionStore>;
