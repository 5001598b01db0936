import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';
import type { Clock } from '../clock.js';
import type { Db } from '../db/index.js';
import { AppError } from '../errors.js';
import { StaffRole } from '../petitions/index.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;
const SESSION_HOURS = 12;

export const NewStaffUser = z.object({
  username: z.string().trim().regex(/^[a-z0-9_.-]{3,32}$/, '用户名为3–32位小写字母、数字或 _.-'),
  displayName: z.string().trim().min(1).max(40),
  role: StaffRole,
  divisionPrefix: z.string().trim().regex(/^\d{0,12}$/, '辖区为0–12位区划代码前缀'),
  password: z.string().min(10, '密码至少10位').max(200),
});
export type NewStaffUser = z.infer<typeof NewStaffUser>;

export interface StaffUser {
  id: number;
  username: string;
  displayName: string;
  role: StaffRole;
  divisionPrefix: string;
}

export interface StaffSession {
  user: StaffUser;
  csrfToken: string;
}

export async function createStaffUser(db: Db, clock: Clock, input: NewStaffUser): Promise<StaffUser> {
  const user = NewStaffUser.parse(input);
  const { rows } = await db.query<{ id: number }>(
    `insert into staff_users (username, display_name, role, division_prefix, password_hash, created_at)
     values ($1, $2, $3, $4, $5, $6) on conflict (username) do nothing returning id`,
    [user.username, user.displayName, user.role, user.divisionPrefix, await hash(user.password), clock.now().toISOString()],
  );
  if (!rows[0]) throw new AppError('conflict', `用户名 ${user.username} 已存在。`);
  return { id: Number(rows[0].id), username: user.username, displayName: user.displayName, role: user.role, divisionPrefix: user.divisionPrefix };
}

// Verifying against a fixed hash for unknown users keeps response times alike, so names cannot be probed.
let decoyHash: Promise<string> | undefined;

export type LoginResult = { ok: true; token: string } | { ok: false; reason: 'invalid' | 'locked' };

/** Checks a password; after MAX_FAILED_LOGINS failures the account is locked for LOCKOUT_MINUTES. */
export async function login(db: Db, clock: Clock, username: string, password: string): Promise<LoginResult> {
  const now = clock.now();
  const { rows } = await db.query<Record<string, unknown>>(
    'select id, password_hash, failed_attempts, locked_until, disabled from staff_users where username = $1',
    [username.trim().toLowerCase()],
  );
  const row = rows[0];
  if (!row || row.disabled) {
    decoyHash ??= hash(randomBytes(16).toString('hex'));
    await verify(await decoyHash, password).catch(() => false);
    return { ok: false, reason: 'invalid' };
  }
  if (row.locked_until && new Date(row.locked_until as string) > now) return { ok: false, reason: 'locked' };
  if (!(await verify(String(row.password_hash), password))) {
    const failed = Number(row.failed_attempts) + 1;
    const lock = failed >= MAX_FAILED_LOGINS;
    await db.query('update staff_users set failed_attempts = $2, locked_until = $3 where id = $1', [
      row.id,
      lock ? 0 : failed,
      lock ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString() : null,
    ]);
    return { ok: false, reason: lock ? 'locked' : 'invalid' };
  }
  await db.query('update staff_users set failed_attempts = 0, locked_until = null where id = $1', [row.id]);
  await db.query('delete from staff_sessions where expires_at < $1', [now.toISOString()]);
  const token = randomBytes(32).toString('base64url');
  await db.query(
    'insert into staff_sessions (token_hash, user_id, csrf_token, created_at, expires_at) values ($1, $2, $3, $4, $5)',
    [sha256(token), row.id, randomBytes(24).toString('base64url'), now.toISOString(), new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString()],
  );
  return { ok: true, token };
}

export async function findSession(db: Db, clock: Clock, token: string): Promise<StaffSession | null> {
  const { rows } = await db.query<Record<string, unknown>>(
    `select u.id, u.username, u.display_name, u.role, u.division_prefix, s.csrf_token
     from staff_sessions s join staff_users u on u.id = s.user_id
     where s.token_hash = $1 and s.expires_at > $2 and not u.disabled`,
    [sha256(token), clock.now().toISOString()],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    user: {
      id: Number(r.id),
      username: String(r.username),
      displayName: String(r.display_name),
      role: StaffRole.parse(r.role),
      divisionPrefix: String(r.division_prefix),
    },
    csrfToken: String(r.csrf_token),
  };
}

export async function logout(db: Db, token: string): Promise<void> {
  await db.query('delete from staff_sessions where token_hash = $1', [sha256(token)]);
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
