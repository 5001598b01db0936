import { join } from 'node:path';
import type { Config } from '../config.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';
import { isEmptyDir, readSeed } from './seed.js';
import type { Db } from './types.js';

/** PostgreSQL when DATABASE_URL is set, else the embedded store in DATA_DIR (a new one starts from the install seed). */
export function openDb(config: Pick<Config, 'DATABASE_URL' | 'DATA_DIR'>): Promise<Db> {
  if (config.DATABASE_URL) return openPostgres(config.DATABASE_URL);
  const dir = join(config.DATA_DIR, 'pglite');
  return openPglite(dir, isEmptyDir(dir) ? readSeed() : undefined);
}
