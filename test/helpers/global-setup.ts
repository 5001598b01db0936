import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrate, openPglite, openPostgres } from '../../server/src/db/index.js';
import { readSeed } from '../../server/src/db/seed.js';
import { createLocalEmbedder, ensureIngested } from '../../server/src/knowledge/index.js';
import { TEMPLATE_DB, TEST_CACHE_DIR, adminUrl } from './paths.js';

/**
 * Builds the migrated, ingested database once per run: a PGlite dump that each test file loads,
 * or, with DATABASE_URL, a PostgreSQL template database each test file clones.
 */
export default async function setup(project: TestProject): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const admin = await openPostgres(adminUrl(url), { max: 1 });
    await admin.exec(`drop database if exists ${TEMPLATE_DB} with (force)`);
    await admin.exec(`create database ${TEMPLATE_DB}`);
    await admin.close();
    const db = await openPostgres(withDatabase(url, TEMPLATE_DB), { max: 1 });
    await migrate(db);
    await ensureIngested(db, createLocalEmbedder(), { dir: 'knowledge' });
    await db.close();
  } else {
    // Start from the install seed when there is one: migrations and the index check bring it up to date.
    const db = await openPglite('memory://', readSeed());
    await migrate(db);
    await ensureIngested(db, createLocalEmbedder(), { dir: 'knowledge' });
    mkdirSync(TEST_CACHE_DIR, { recursive: true });
    writeFileSync(join(TEST_CACHE_DIR, 'pglite.tar'), Buffer.from(await (await db.dump()).arrayBuffer()));
    await db.close();
  }
  project.provide('testDbReady', true);
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

declare module 'vitest' {
  export interface ProvidedContext {
    testDbReady: boolean;
  }
}
