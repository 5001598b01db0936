import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../server/src/app.js';
import type { Db } from '../../server/src/db/index.js';
import { createLocalEmbedder } from '../../server/src/knowledge/index.js';
import { assembleDeps } from '../../server/src/runtime.js';
import { makeApp } from '../helpers/make-app.js';

const exec = promisify(execFile);

/** The test database behind a switch: while "down" every query fails as a refused connection does. */
function switchableDb(db: Db): Db & { down: boolean } {
  const refuse = () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }));
  const wrapped = {
    kind: db.kind,
    down: false,
    query: (sql: string, params?: readonly unknown[]) => (wrapped.down ? refuse() : db.query(sql, params)),
    exec: (sql: string) => (wrapped.down ? refuse() : db.exec(sql)),
    transaction: <T>(fn: Parameters<Db['transaction']>[0]) => (wrapped.down ? refuse() : db.transaction(fn)) as Promise<T>,
    close: () => db.close(),
  };
  return wrapped as Db & { down: boolean };
}

let app: App;
let db: Db & { down: boolean };
beforeAll(async () => {
  const { deps } = await makeApp();
  db = switchableDb(deps.db);
  app = createApp(assembleDeps(deps.config, { db, embedder: createLocalEmbedder('knowledge'), llm: null, clock: deps.clock }));
});

describe('database unavailable', () => {
  it('answers 503 with a Chinese message while the database is down, and recovers without a restart', async () => {
    const ask = () => app.request('/api/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: '劳动仲裁要交钱吗' }) });
    expect((await ask()).status).toBe(200);
    db.down = true;
    for (const res of [await ask(), await app.request('/health'), await app.request('/api/search?q=工资')]) {
      expect(res.status).toBe(503);
      const { error } = (await res.json()) as { error: { code: string; message: string } };
      expect(error.message).toMatch(/暂时不可用/);
      expect(error.message).not.toMatch(/ECONNREFUSED|5432/);
    }
    db.down = false;
    expect((await ask()).status).toBe(200);
    expect((await app.request('/health')).status).toBe(200);
  });

  it('stops at start with a message naming the unreachable database, not a stack trace', async () => {
    const failed = await exec('npx', ['tsx', 'server/src/main.ts'], {
      env: { ...process.env, LOG_SILENT: '0', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/shuoshi', DATA_KEY: 'c'.repeat(64) },
      timeout: 60_000,
    }).catch((err: { code: number; stderr: string }) => err);
    expect('code' in failed && failed.code).toBe(1);
    expect(failed.stderr).toMatch(/数据库|database/i);
    expect(failed.stderr).toMatch(/127\.0\.0\.1:1/);
    expect(failed.stderr).not.toMatch(/^\s+at /m);
  }, 90_000);
});
