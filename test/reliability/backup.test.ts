import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../server/src/clock.js';
import { createStaffUser } from '../../server/src/console/index.js';
import { type Db, migrate, openDb, openPostgres } from '../../server/src/db/index.js';
import { withDatabase } from '../helpers/global-setup.js';
import { adminUrl, TEMPLATE_DB } from '../helpers/paths.js';

const exec = promisify(execFile);
const cli = (name: string, args: string[], env: Record<string, string>) =>
  exec('npx', ['tsx', `server/src/cli/${name}.ts`, ...args], { env: { ...process.env, ...env }, timeout: 120_000 });

const work = mkdtempSync(join(tmpdir(), 'shuoshi-backup-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const clock = fixedClock('2026-03-02T02:00:00Z');

async function withDb<T>(env: { DATA_DIR: string; DATABASE_URL?: string }, fn: (db: Db) => Promise<T>): Promise<T> {
  const db = await openDb(env);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}
const staffNames = (db: Db) => db.query<{ username: string }>('select username from staff_users order by username').then((r) => r.rows.map((u) => u.username));
const addStaff = (db: Db, username: string) =>
  createStaffUser(db, clock, { username, displayName: username, role: 'clerk', divisionPrefix: '4207', password: 'backup-test-password' });

describe.skipIf(!!process.env.DATABASE_URL)('backup and restore of the embedded database', () => {
  it('round-trips through npm run backup / restore and refuses to overwrite without --replace', async () => {
    const source = { DATA_DIR: join(work, 'source') };
    await withDb(source, async (db) => {
      await migrate(db);
      await addStaff(db, 'kept-by-backup');
    });
    const file = join(work, 'backup.tar.gz');
    await cli('backup', [file], source);
    await withDb(source, (db) => addStaff(db, 'after-backup'));

    const target = { DATA_DIR: join(work, 'target') };
    await cli('restore', [file], target);
    expect(await withDb(target, staffNames)).toEqual(['kept-by-backup']);

    await expect(cli('restore', [file], source)).rejects.toThrow(/not empty; pass --replace/);
    await cli('restore', [file, '--replace'], source);
    expect(await withDb(source, staffNames)).toEqual(['kept-by-backup']);
  }, 240_000);
});

describe.skipIf(!process.env.DATABASE_URL)('backup and restore of PostgreSQL', () => {
  const url = process.env.DATABASE_URL ?? '';
  const names = [`shuoshi_bk_src_${process.pid}`, `shuoshi_bk_dst_${process.pid}`];
  afterAll(async () => {
    const admin = await openPostgres(adminUrl(url), { max: 1 });
    for (const name of names) await admin.exec(`drop database if exists ${name} with (force)`);
    await admin.close();
  });

  it('round-trips through pg_dump and pg_restore into an empty database', async () => {
    const admin = await openPostgres(adminUrl(url), { max: 1 });
    await admin.exec(`create database ${names[0]} template ${TEMPLATE_DB}`);
    await admin.exec(`create database ${names[1]}`);
    await admin.close();
    const source = { DATA_DIR: work, DATABASE_URL: withDatabase(url, names[0] as string), DATA_KEY: 'b'.repeat(64) };
    await withDb(source, (db) => addStaff(db, 'kept-by-backup'));
    const file = join(work, 'backup.dump');
    await cli('backup', [file], source);
    const target = { ...source, DATABASE_URL: withDatabase(url, names[1] as string) };
    await cli('restore', [file], target);
    expect(await withDb(target, staffNames)).toEqual(['kept-by-backup']);
    const { rows } = await withDb(target, (db) => db.query<{ n: number }>('select count(*)::int as n from kb_chunks'));
    expect(rows[0]?.n).toBeGreaterThan(100);
  }, 240_000);
});
