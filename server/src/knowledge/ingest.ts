import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db, Queryable } from '../db/index.js';
import { ALIAS_DIR, aliasFiles, loadArticleAliases } from './aliases.js';
import { type Chunk, chunkDocument } from './chunk.js';
import { type CorpusDocument, isCurrentStatus, readCorpus, shortTitle } from './corpus.js';
import type { Embedder } from '../llm/index.js';
import { normalizeText } from './normalize-text.js';
import { textToolsFor } from './text-tools.js';

// Bump when chunking or indexing changes so existing indexes are rebuilt.
const INDEX_VERSION = '6';
const INSERT_BATCH = 100;

export interface IngestOptions {
  dir: string;
  force?: boolean;
  log?: (line: string) => void;
}

export interface IngestResult {
  skipped: boolean;
  documents: number;
  chunks: number;
}

interface PreparedChunk extends Chunk {
  docId: string;
  ord: number;
  /** Title, chapter and article number: indexed at low weight so they help but never dominate. */
  headingTokens: string;
  aliasTokens: string;
  bodyTokens: string;
  aliases: string[];
}

function corpusHash(dir: string, docs: CorpusDocument[]): string {
  const h = createHash('sha256').update(INDEX_VERSION);
  for (const d of docs) h.update(d.file).update(d.hash);
  for (const file of ['glossary.json', 'userdict.txt', ...aliasFiles(dir)]) h.update(readFileSync(join(dir, file)));
  return h.digest('hex');
}

async function readState(db: Queryable): Promise<Map<string, string>> {
  const rows = (await db.query<{ key: string; value: string }>('select key, value from kb_state')).rows;
  return new Map(rows.map((r) => [r.key, r.value]));
}

/**
 * The embedding column is sized for the active embedder (the table is empty at this point).
 * kb_nearest() walks the HNSW index: on a table this small the planner would otherwise choose a
 * sequential scan, several times slower; the function's own settings apply to that query only.
 */
async function ensureEmbeddingColumn(tx: Queryable, dimensions: number): Promise<void> {
  await tx.exec('drop index if exists kb_chunks_embedding');
  await tx.exec('alter table kb_chunks drop column if exists embedding');
  await tx.exec(`alter table kb_chunks add column embedding vector(${dimensions})`);
  await tx.exec(`create or replace function kb_nearest(q vector, k integer)
    returns table (id bigint, doc_id text, score float8)
    language sql stable set enable_seqscan = off set hnsw.ef_search = 100
    as $$ select c.id, c.doc_id, 1 - (c.embedding <=> q) from kb_chunks c order by c.embedding <=> q limit k $$`);
}

async function insertChunks(tx: Queryable, chunks: PreparedChunk[], vectors: number[][]): Promise<void> {
  for (let start = 0; start < chunks.length; start += INSERT_BATCH) {
    const params: unknown[] = [];
    const rows = chunks.slice(start, start + INSERT_BATCH).map((c, i) => {
      const p = params.length;
      params.push(c.docId, c.ord, c.article, c.chapter, c.text, c.headingTokens, c.aliasTokens, c.bodyTokens, `[${vectors[start + i]?.join(',')}]`);
      return `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, setweight(to_tsvector('simple', $${p + 6}), 'D')
        || setweight(to_tsvector('simple', $${p + 7}), 'B') || setweight(to_tsvector('simple', $${p + 8}), 'A'), $${p + 9}::vector)`;
    });
    await tx.query(
      `insert into kb_chunks (doc_id, ord, article, chapter, text, tsv, embedding) values ${rows.join(', ')}`,
      params,
    );
  }
}

/** Document frequency of every index term, for idf-weighted lexical ranking. */
async function insertTermStats(tx: Queryable, chunks: PreparedChunk[]): Promise<void> {
  const df = new Map<string, number>();
  for (const c of chunks) {
    for (const t of new Set(`${c.headingTokens} ${c.aliasTokens} ${c.bodyTokens}`.split(' '))) df.set(t, (df.get(t) ?? 0) + 1);
  }
  await tx.exec('delete from kb_terms');
  const entries = [...df.entries()];
  for (let start = 0; start < entries.length; start += 1000) {
    const batch = entries.slice(start, start + 1000);
    await tx.query(
      'insert into kb_terms (term, df) select * from unnest($1::text[], $2::int[])',
      [batch.map((e) => e[0]), batch.map((e) => e[1])],
    );
  }
}

/**
 * (Re)builds the knowledge index when the corpus, glossary, dictionary or embedder changed.
 * Parsing and embedding happen first; all writes are one transaction, so a bad file or a crash
 * leaves the previous index intact.
 */
export async function ensureIngested(db: Db, embedder: Embedder, options: IngestOptions): Promise<IngestResult> {
  const log = options.log ?? (() => {});
  const docs = readCorpus(options.dir);
  const hash = corpusHash(options.dir, docs);
  const state = await readState(db);
  if (!options.force && state.get('corpus_hash') === hash && state.get('embedder_id') === embedder.id) {
    return { skipped: true, documents: docs.length, chunks: Number(state.get('chunk_count') ?? 0) };
  }

  const { tokenizer } = textToolsFor(options.dir);
  const aliases = loadArticleAliases(options.dir);
  const unused = new Set(aliases.keys());
  const tokens = (text: string) => tokenizer.tokens(normalizeText(text)).join(' ');
  const prepared: PreparedChunk[] = [];
  for (const [i, doc] of docs.entries()) {
    const chunks = await chunkDocument(doc);
    const current = isCurrentStatus(doc.meta.status);
    chunks.forEach((c, ord) => {
      const key = `${shortTitle(doc.meta.title)}|${c.article}`;
      // Aliases may name an article of a superseded text (they serve again if it returns); only current ones are indexed.
      unused.delete(key);
      const words = current ? (aliases.get(key) ?? []) : [];
      const heading = [doc.meta.title, c.chapter, c.article].filter(Boolean).join(' ');
      prepared.push({ ...c, docId: doc.id, ord, headingTokens: tokens(heading), aliasTokens: tokens(words.join(' ')), bodyTokens: tokens(c.text), aliases: words });
    });
    log(`ingest [${i + 1}/${docs.length}] ${doc.meta.title}: ${chunks.length} chunks`);
  }
  if (unused.size) throw new Error(`knowledge/${ALIAS_DIR}: no article for ${[...unused].join(', ')}`);
  const vectors = await embedder.embed(prepared.map((c) => `${c.chapter ?? ''} ${c.aliases.join(' ')} ${c.text}`));

  await db.transaction(async (tx) => {
    await tx.exec('delete from kb_chunks; delete from kb_documents;');
    await ensureEmbeddingColumn(tx, embedder.dimensions);
    for (const doc of docs) {
      const { title, issuer, promulgated, effective, status, source, ...rest } = doc.meta;
      await tx.query(
        `insert into kb_documents (id, title, short_title, issuer, promulgated, effective, status, current, source, meta, content_hash)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [doc.id, title, shortTitle(title), issuer ?? null, promulgated ?? null, effective ?? null, status, isCurrentStatus(status), source, JSON.stringify(rest), doc.hash],
      );
    }
    await insertChunks(tx, prepared, vectors);
    await insertTermStats(tx, prepared);
    // Built after the rows are in: faster than maintaining the graph row by row.
    await tx.exec('create index kb_chunks_embedding on kb_chunks using hnsw (embedding vector_cosine_ops)');
    const next = { corpus_hash: hash, embedder_id: embedder.id, embedder_dimensions: String(embedder.dimensions), chunk_count: String(prepared.length) };
    for (const [key, value] of Object.entries(next)) {
      await tx.query(
        'insert into kb_state (key, value) values ($1, $2) on conflict (key) do update set value = excluded.value',
        [key, value],
      );
    }
  });
  log(`ingest done: ${docs.length} documents, ${prepared.length} chunks, embedder ${embedder.id}`);
  return { skipped: false, documents: docs.length, chunks: prepared.length };
}
