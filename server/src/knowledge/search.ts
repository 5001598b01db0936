import type { Queryable } from '../db/index.js';
import type { Embedder } from '../llm/index.js';
import type { Glossary } from './glossary.js';
import { normalizeText } from './normalize-text.js';
import { intentFactor, type QuestionIntents } from './question-intents.js';
import type { Tokenizer } from './tokenize.js';
import type { SearchHit, SearchOptions } from './types.js';

const CANDIDATES = 50;
const MAX_QUERY_TERMS = 16;
/** Terms in more than this share of chunks still score but do not select candidates (too slow, too vague). */
const MATCH_MAX_DF_SHARE = 0.05;
/** Neighbours fetched before filtering out superseded texts (kb_nearest's ef_search is 100). */
const NEAREST = 100;
/** Rows ranked on the whole OR query before the per-term weighted sum. */
const SHORTLIST = 120;
/** A term the glossary added counts this much of one the citizen wrote. */
const EXPANSION_WEIGHT = 0.5;
/** ts_rank weights for labels D, C, B, A: heading, -, article aliases, article text. */
const RANK_WEIGHTS = '{0.1, 0.2, 0.4, 1.0}';
/** Reciprocal rank fusion constant (Cormack et al. use 60); lower favours each list's top ranks. */
export const RRF_K = 20;
/**
 * The local embedder is weaker than full-text on legal wording: its votes count less (ties go to lexical).
 * 0.3 was the best of 0.85 / 0.5 / 0.3 on all four question sets, including one written blind.
 */
const DENSE_WEIGHT = 0.3;
/** Best fused candidates re-ranked by whether their text gives the kind of answer asked (a deadline, a fee…). */
const RERANK_POOL = 30;

export interface ChunkRow {
  id: string;
  doc_id: string;
  title: string;
  short_title: string;
  article: string | null;
  chapter: string | null;
  text: string;
  status: string;
  current: boolean;
}

export const hitFromRow = (r: ChunkRow): Omit<SearchHit, 'score' | 'lexical' | 'dense'> => ({
  chunkId: Number(r.id),
  docId: r.doc_id,
  doc: r.short_title,
  docTitle: r.title,
  article: r.article,
  chapter: r.chapter,
  text: r.text,
  status: r.status,
  current: r.current,
});

interface Ranked {
  id: number;
  score: number;
}

/** Fuses ranked lists: score = Σ weight / (k + rank), rank starting at 1, weight 1 unless given. */
export function reciprocalRankFusion(lists: Ranked[][], k = RRF_K, weights: number[] = []): Map<number, number> {
  const fused = new Map<number, number>();
  lists.forEach((list, l) => {
    const w = weights[l] ?? 1;
    for (const [i, item] of list.entries()) fused.set(item.id, (fused.get(item.id) ?? 0) + w / (k + i + 1));
  });
  return fused;
}

export interface Searcher {
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
}

export function createSearcher(deps: {
  db: Queryable;
  embedder: Embedder;
  tokenizer: Tokenizer;
  glossary: Glossary;
  intents: QuestionIntents;
}): Searcher {
  const { db, embedder, tokenizer, glossary, intents } = deps;
  let termStats: Promise<{ df: Map<string, number>; total: number }> | null = null;
  const loadTermStats = () => {
    termStats ??= (async () => {
      const rows = (await db.query<{ term: string; df: number }>('select term, df from kb_terms')).rows;
      const total = (await db.query<{ n: string }>("select coalesce((select value from kb_state where key = 'chunk_count'), '0') as n")).rows[0]?.n;
      return { df: new Map(rows.map((r) => [r.term, r.df])), total: Number(total) };
    })();
    return termStats;
  };

  const filters = (options: SearchOptions, params: unknown[]) => {
    params.push(options.includeSuperseded ?? false);
    let where = `(d.current or $${params.length})`;
    if (options.docs?.length) {
      params.push(options.docs);
      where += ` and (d.title = any($${params.length}::text[]) or d.short_title = any($${params.length}::text[]))`;
    }
    return where;
  };

  /**
   * Full-text match on the tsvector, each query term weighted by its idf (BM25-like); terms the
   * glossary added count less than the citizen's own words.
   */
  async function lexical(normalized: string, expanded: string, options: SearchOptions): Promise<Ranked[]> {
    const { df, total } = await loadTermStats();
    const own = new Set(tokenizer.tokens(normalized));
    const terms = [...new Set(tokenizer.tokens(expanded))]
      .filter((t) => df.has(t))
      .map((t) => {
        const idf = Math.log(1 + (total - (df.get(t) ?? 0) + 0.5) / ((df.get(t) ?? 0) + 0.5));
        return { t, idf: own.has(t) ? idf : idf * EXPANSION_WEIGHT };
      })
      .sort((a, b) => b.idf - a.idf)
      .slice(0, MAX_QUERY_TERMS);
    if (!terms.length) return [];
    const params: unknown[] = [];
    const score = terms
      .map(({ t, idf }) => {
        params.push(idf, t);
        return `$${params.length - 1}::float8 * ts_rank('${RANK_WEIGHTS}', c.tsv, plainto_tsquery('simple', $${params.length}), 1)`;
      })
      .join(' + ');
    const selective = terms.map((term, i) => ({ ...term, i })).filter(({ t }) => (df.get(t) ?? 0) <= total * MATCH_MAX_DF_SHARE);
    const matchers = selective.length ? selective : terms.map((term, i) => ({ ...term, i }));
    const match = matchers.map(({ i }) => `plainto_tsquery('simple', $${i * 2 + 2})`).join(' || ');
    // idf-weighted coverage of the query terms: a text with one rare word the citizen used outranks one
    // with several common ones (a plain OR rank would cut it from the shortlist).
    const coverage = terms.map((_, i) => `$${i * 2 + 1}::float8 * (c.tsv @@ plainto_tsquery('simple', $${i * 2 + 2}))::int`).join(' + ');
    const where = filters(options, params);
    // One cheap rank over the OR query picks a shortlist; the idf-weighted sum is computed on it only.
    const sql = `with shortlist as (
        select c.id, c.tsv from kb_chunks c join kb_documents d on d.id = c.doc_id
        where c.tsv @@ (${match}) and ${where}
        order by ${coverage} desc limit ${SHORTLIST}
      )
      select c.id, (${score}) as score from shortlist c order by score desc, c.id limit ${CANDIDATES}`;
    return (await db.query<{ id: string; score: number }>(sql, params)).rows.map((r) => ({ id: Number(r.id), score: Number(r.score) }));
  }

  /** Cosine similarity over the HNSW index (kb_nearest, made by ingest). */
  async function dense(normalized: string, options: SearchOptions): Promise<Ranked[]> {
    const [vector] = await embedder.embed([normalized]);
    const params: unknown[] = [`[${vector?.join(',')}]`];
    const where = filters(options, params);
    const sql = `select n.id, n.score from kb_nearest($1::vector, ${NEAREST}) n join kb_documents d on d.id = n.doc_id
      where ${where} order by n.score desc, n.id limit ${CANDIDATES}`;
    return (await db.query<{ id: string; score: number }>(sql, params)).rows.map((r) => ({ id: Number(r.id), score: Number(r.score) }));
  }

  async function hydrate(ids: number[]) {
    const rows = (
      await db.query<ChunkRow>(
        `select c.id, c.doc_id, d.title, d.short_title, c.article, c.chapter, c.text, d.status, d.current
         from kb_chunks c join kb_documents d on d.id = c.doc_id where c.id = any($1::bigint[])`,
        [ids],
      )
    ).rows;
    return new Map(rows.map((r) => [Number(r.id), r]));
  }

  return {
    async search(query, options = {}) {
      const mode = options.mode ?? 'hybrid';
      const limit = options.limit ?? 5;
      const normalized = glossary.correct(normalizeText(query));
      if (!normalized) return [];
      const expanded = glossary.expand(normalized);
      const asked = intents.asked(normalized);
      const [lex, den] = await Promise.all([
        mode === 'dense' ? [] : lexical(normalized, expanded, options),
        mode === 'lexical' ? [] : dense(expanded, options),
      ]);
      const scores = mode === 'hybrid' ? reciprocalRankFusion([lex, den], RRF_K, [1, DENSE_WEIGHT]) : new Map((mode === 'lexical' ? lex : den).map((r) => [r.id, r.score]));
      const pool = [...scores.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, Math.max(limit, RERANK_POOL));
      const rows = await hydrate(pool.map(([id]) => id));
      const top = pool
        .map(([id, score]): [number, number] => [id, score * intentFactor(asked, rows.get(id)?.text ?? '')])
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, limit);
      const position = (list: Ranked[], id: number) => {
        const i = list.findIndex((r) => r.id === id);
        return i < 0 ? null : { rank: i + 1, score: (list[i] as Ranked).score };
      };
      return top.flatMap(([id, score]) => {
        const r = rows.get(id);
        if (!r) return [];
        return [{ ...hitFromRow(r), score, lexical: position(lex, id), dense: position(den, id) }];
      });
    },
  };
}
