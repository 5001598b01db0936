import type { Db } from '../db/index.js';
import { AppError } from '../errors.js';
import type { FieldCipher } from '../privacy/index.js';
import { z } from 'zod';
import { DialogueState, PersonalValues, type SessionState } from './state.js';

// The whole session is sealed: the citizen's own words carry personal data too (names, family, places).
const StoredState = z.object({ dialogue: DialogueState, personal: PersonalValues });

export const SESSION_TTL_DAYS = 7;
const DAY_MS = 86_400_000;
const CACHE_LIMIT = 5000;
const PURGE_EVERY_FLUSHES = 500;
const SEALED_FIELD = 'intake_sessions.personal';
const BUSY = '上一条消息还在处理，请稍等再发。';
const SESSION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface StoredSession {
  id: string;
  /** The version loaded; 0 for a session not yet stored. */
  version: number;
  state: SessionState;
}

interface Row {
  personal: string;
  version: number;
  expires_at: Date | string;
}

interface PendingWrite {
  session: StoredSession;
  json: string;
  params: unknown[];
  done: (err?: Error) => void;
}

/**
 * Sessions in the database, sealed with the personal-data cipher; only a status line (mode, awaiting,
 * kind, route) stays readable for operations. Every turn is stored before its reply is sent
 * (a restart loses nothing); concurrent turns of different sessions share one statement (group
 * commit), and a session read back from this process's cache skips the select. Optimistic versions
 * make a second concurrent turn of the same session — or a stale cache — a 409, never a lost update.
 */
export function createSessionStore(db: Db, cipher: FieldCipher, ttlDays = SESSION_TTL_DAYS) {
  // Serialized, so a turn that fails half-way can never leave a mutated state behind in the cache.
  const cache = new Map<string, { version: number; json: string; expiresAt: number }>();
  let pending = new Map<string, PendingWrite>();
  let flushing: Promise<void> | null = null;
  let flushes = 0;

  const expiry = (now: Date) => now.getTime() + ttlDays * DAY_MS;
  const remember = (id: string, version: number, json: string, expiresAt: number) => {
    cache.delete(id);
    cache.set(id, { version, json, expiresAt });
    if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  };

  async function writeBatch(batch: PendingWrite[]): Promise<void> {
    const values = batch.map((_, i) => {
      const p = i * 6;
      return `($${p + 1}::uuid, $${p + 2}::jsonb, $${p + 3}, $${p + 4}::int, $${p + 5}::timestamptz, $${p + 5}::timestamptz, $${p + 6}::timestamptz)`;
    });
    try {
      const { rows } = await db.query<{ id: string }>(
        `insert into intake_sessions (id, state, personal, version, created_at, updated_at, expires_at)
         values ${values.join(', ')}
         on conflict (id) do update set state = excluded.state, personal = excluded.personal, version = excluded.version,
           updated_at = excluded.updated_at, expires_at = excluded.expires_at
         where intake_sessions.version = excluded.version - 1
         returning id`,
        batch.flatMap((w) => w.params),
      );
      const written = new Set(rows.map((r) => r.id));
      for (const w of batch) {
        if (written.has(w.session.id)) {
          remember(w.session.id, w.session.version + 1, w.json, Date.parse(w.params[5] as string));
          w.done();
        } else {
          cache.delete(w.session.id);
          w.done(new AppError('conflict', BUSY));
        }
      }
      if (++flushes % PURGE_EVERY_FLUSHES === 0) await db.query('delete from intake_sessions where expires_at <= now()');
    } catch (err) {
      for (const w of batch) w.done(err as Error);
    }
  }

  function scheduleFlush(): void {
    if (flushing) return;
    flushing = (async () => {
      // Let the turns already in flight join this batch.
      await new Promise((resolve) => setImmediate(resolve));
      while (pending.size > 0) {
        const batch = [...pending.values()];
        pending = new Map();
        await writeBatch(batch);
      }
      flushing = null;
    })();
  }

  return {
    /** The live session with this id; null when unknown, expired or not a session id at all (ids are UUIDs). */
    async load(id: string, now: Date): Promise<StoredSession | null> {
      if (!SESSION_ID.test(id)) return null;
      const cached = cache.get(id);
      if (cached && cached.expiresAt > now.getTime()) return { id, version: cached.version, state: JSON.parse(cached.json) };
      const { rows } = await db.query<Row>('select personal, version, expires_at from intake_sessions where id = $1 and expires_at > $2', [
        id,
        now.toISOString(),
      ]);
      const row = rows[0];
      if (!row) return null;
      const state = StoredState.parse(JSON.parse(cipher.decrypt(SEALED_FIELD, row.personal)));
      remember(id, row.version, JSON.stringify(state), new Date(row.expires_at).getTime());
      return { id, version: row.version, state };
    },

    /** Resolves once the turn is stored; a concurrent turn of the same session is refused. */
    save(session: StoredSession, now: Date): Promise<void> {
      if (pending.has(session.id)) return Promise.reject(new AppError('conflict', BUSY));
      const at = now.toISOString();
      const json = JSON.stringify(session.state);
      const { dialogue } = session.state;
      const status = { mode: dialogue.mode, awaiting: dialogue.awaiting, turns: dialogue.turns, kind: dialogue.routing?.kind ?? null, route: dialogue.routing?.route ?? null };
      const params = [
        session.id,
        JSON.stringify(status),
        cipher.encrypt(SEALED_FIELD, json),
        session.version + 1,
        at,
        new Date(expiry(now)).toISOString(),
      ];
      return new Promise<void>((resolve, reject) => {
        pending.set(session.id, { session, json, params, done: (err) => (err ? reject(err) : resolve()) });
        scheduleFlush();
      });
    },

    /** Forgets the process cache (tests use it to prove a restart loses nothing). */
    forgetCache(): void {
      cache.clear();
    },
  };
}
export type SessionStore = ReturnType<typeof createSessionStore>;
