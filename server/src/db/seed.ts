import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A ready embedded database (initialised, migrated, knowledge indexed) built once by `npm install`
 * (postinstall), so a first `npm start` restores it instead of running initdb and ingest. Start-up
 * still migrates and checks the index, so a stale seed only costs time.
 */
export const SEED_PATH = join(import.meta.dirname, '..', '..', '..', 'node_modules', '.cache', 'shuoshi', 'pglite-seed.tar.gz');

export function isEmptyDir(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

export function readSeed(): Blob | undefined {
  return existsSync(SEED_PATH) ? new Blob([readFileSync(SEED_PATH)]) : undefined;
}

export async function writeSeed(dump: Blob): Promise<void> {
  mkdirSync(dirname(SEED_PATH), { recursive: true });
  writeFileSync(SEED_PATH, Buffer.from(await dump.arrayBuffer()));
}
