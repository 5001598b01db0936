import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/src/db/index.js';
import { type Embedder, createLocalEmbedder, ensureIngested } from '../../server/src/knowledge/index.js';
import { makeTestDb } from '../helpers/db.js';

/** A copy of knowledge/ that a test may break without touching the real one. */
function copyKnowledge(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shuoshi-kb-'));
  cpSync('knowledge', dir, { recursive: true });
  return dir;
}

const count = async (db: Db) => Number((await db.query<{ n: string }>('select count(*) as n from kb_chunks')).rows[0]?.n);

let db: Db;
let local: Embedder;
beforeAll(async () => {
  db = await makeTestDb();
  local = createLocalEmbedder('knowledge');
});

describe('ensureIngested', () => {
  it('skips an unchanged corpus', async () => {
    const result = await ensureIngested(db, local, { dir: 'knowledge' });
    expect(result.skipped).toBe(true);
    expect(result.chunks).toBeGreaterThan(1500);
  });

  it('rebuilds when forced, with a progress line per document', async () => {
    const lines: string[] = [];
    const result = await ensureIngested(db, local, { dir: 'knowledge', force: true, log: (l) => lines.push(l) });
    expect(result.skipped).toBe(false);
    expect(lines.filter((l) => l.startsWith('ingest ['))).toHaveLength(result.documents);
    expect(await count(db)).toBe(result.chunks);
  });

  it('fails on a malformed file with its name and line, leaving the previous index intact', async () => {
    const before = await count(db);
    const dir = copyKnowledge();
    writeFileSync(join(dir, 'corpus', 'zz-broken.md'), '---\ntitle: "坏文件"\nnot a key value line\n---\n第一条 内容。\n');
    await expect(ensureIngested(db, local, { dir })).rejects.toThrow('zz-broken.md:3');
    expect(await count(db)).toBe(before);
  });

  it('rolls back everything when a write fails halfway', async () => {
    const before = await count(db);
    const failing: Embedder = { id: 'broken', dimensions: 4, embed: async (texts) => texts.map(() => [1, 0, 0]) };
    await expect(ensureIngested(db, failing, { dir: 'knowledge' })).rejects.toThrow();
    expect(await count(db)).toBe(before);
    const state = await db.query<{ value: string }>("select value from kb_state where key = 'embedder_id'");
    expect(state.rows[0]?.value).toBe(local.id);
  });

  it('re-embeds when the embedder changes, resizing the vector column', async () => {
    const tiny: Embedder = { id: 'tiny-8', dimensions: 8, embed: async (texts) => texts.map((t) => Array.from({ length: 8 }, (_, i) => ((t.length + i) % 5) + 1)) };
    expect((await ensureIngested(db, tiny, { dir: 'knowledge' })).skipped).toBe(false);
    const dims = await db.query<{ d: number }>('select vector_dims(embedding) as d from kb_chunks limit 1');
    expect(Number(dims.rows[0]?.d)).toBe(8);
    expect((await ensureIngested(db, local, { dir: 'knowledge' })).skipped).toBe(false);
  });

  it('rejects an article alias that points at no current article', async () => {
    const dir = copyKnowledge();
    writeFileSync(join(dir, 'aliases/extra.json'), JSON.stringify({ aliases: [{ doc: '信访工作条例', article: '第九十九条', words: ['不存在'] }] }));
    await expect(ensureIngested(db, local, { dir })).rejects.toThrow('第九十九条');
  });
});
