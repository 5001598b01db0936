import { spawn } from 'node:child_process';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.js';
import { openPglite } from '../db/index.js';
import { isEmptyDir } from '../db/seed.js';

type DbSettings = Pick<Config, 'DATABASE_URL' | 'DATA_DIR'>;

/**
 * Backups: the embedded database as PGlite's own data-directory tarball (gzip); PostgreSQL as a
 * pg_dump custom-format archive. The data key is not included: back it up separately, or the
 * encrypted fields in the backup cannot be read.
 */
export async function backupDatabase(config: DbSettings, file: string): Promise<void> {
  if (config.DATABASE_URL) return run('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, config.DATABASE_URL]);
  const dir = pgliteDir(config);
  if (isEmptyDir(dir)) throw new Error(`no embedded database in ${dir}`);
  const db = await openPglite(dir);
  try {
    writeFileSync(file, Buffer.from(await (await db.dump('gzip')).arrayBuffer()), { mode: 0o600 });
  } finally {
    await db.close();
  }
}

/** Restores into an empty database (or over an existing one with `replace`); the server must be stopped. */
export async function restoreDatabase(config: DbSettings, file: string, options: { replace: boolean }): Promise<void> {
  if (config.DATABASE_URL) {
    const args = ['--no-owner', '--exit-on-error', `--dbname=${config.DATABASE_URL}`, file];
    return run('pg_restore', options.replace ? ['--clean', '--if-exists', ...args] : args);
  }
  const dir = pgliteDir(config);
  if (!isEmptyDir(dir) && !options.replace) throw new Error(`${dir} is not empty; pass --replace to overwrite it`);
  // Restore next to the target, then swap, so a failed restore leaves the old database intact.
  const staging = `${dir}.restoring`;
  rmSync(staging, { recursive: true, force: true });
  const db = await openPglite(staging, new Blob([readFileSync(file)]));
  await db.query('select 1');
  await db.close();
  rmSync(dir, { recursive: true, force: true });
  renameSync(staging, dir);
}

const pgliteDir = (config: DbSettings) => join(config.DATA_DIR, 'pglite');

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', (err) => reject(new Error(`${command} could not start (${err.message}); install the PostgreSQL client tools`)));
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`))));
  });
}
