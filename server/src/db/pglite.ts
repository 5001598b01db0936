import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import type { Db, Queryable } from './types.js';

/**
 * Embedded PostgreSQL (WASM) with pgvector. `dataDir` is a folder, or 'memory://' for tests;
 * `loadDataDir` restores a dump made by `dumpPglite`, so test files start from a ready index.
 */
export type PgliteDb = Db & { dump(compression?: 'none' | 'gzip'): Promise<Blob> };

export async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<PgliteDb> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create({ dataDir, extensions: { vector }, loadDataDir });
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    query: async <T>(sql: string, params?: readonly unknown[]) => {
      const res = await q.query<T>(sql, params ? [...params] : undefined);
      return { rows: res.rows };
    },
    exec: async (sql: string) => {
      await q.exec(sql);
    },
  });
  const base = wrap(pg);
  return {
    kind: 'pglite',
    ...base,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    close: () => pg.close(),
    dump: (compression: 'none' | 'gzip' = 'none') => pg.dumpDataDir(compression),
  };
}
