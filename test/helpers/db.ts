import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { type Db, openPglite, openPostgres } from '../../server/src/db/index.js';
import { withDatabase } from './global-setup.js';
import { TEMPLATE_DB, TEST_CACHE_DIR, adminUrl } from './paths.js';

/**
 * A fresh database with every migration applied and the knowledge corpus ingested
 * (local embedder), closed after the test file. PGlite unless DATABASE_URL is set.
 */
export async function makeTestDb(): Promise<Db> {
  const url = process.env.DATABASE_URL;
  let db: Db;
  if (url) {
    const name = `shuoshi_t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = await openPostgres(adminUrl(url), { max: 1 });
    await admin.exec(`create database ${name} template ${TEMPLATE_DB}`);
    await admin.close();
    db = await openPostgres(withDatabase(url, name));
    afterAll(async () => {
      await db.close();
      const cleanup = await openPostgres(adminUrl(url), { max: 1 });
      await cleanup.exec(`drop database if exists ${name} with (force)`);
      await cleanup.close();
    });
  } else {
    const dump = new Blob([readFileSync(join(TEST_CACHE_DIR, 'pglite.tar'))]);
    db = await openPglite('memory://', dump);
    afterAll(() => db.close());
  }
  return db;
}
