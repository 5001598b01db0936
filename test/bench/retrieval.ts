import { performance } from 'node:perf_hooks';
import { migrate, openPglite, openPostgres } from '../../server/src/db/index.js';
import { createKnowledge, createLocalEmbedder, ensureIngested, type SearchMode } from '../../server/src/knowledge/index.js';
import { percentile, readJsonlArg } from './args.js';

/**
 * `npm run bench:retrieval [-- --file set.jsonl] [-- --show]`: Recall@5 and MRR for hybrid, lexical-only and
 * dense-only search over the same index, search latency, and the DESIGN.md targets.
 */
interface QaCase {
  id: string;
  question: string;
  expect: { doc: string; article?: string }[];
}

const TARGETS = { recall5: 0.95, mrr: 0.85, p95ms: 20 };
const WARMUP = 5;
/** `--show`: list what hybrid search returned for each question it missed. */
const SHOW = process.argv.includes('--show');

async function main(): Promise<void> {
  const { path, rows } = readJsonlArg<QaCase>('../shared/eval/qa-dev.jsonl');
  const db = process.env.DATABASE_URL ? await openPostgres(process.env.DATABASE_URL) : await openPglite('memory://');
  await migrate(db);
  const embedder = createLocalEmbedder('knowledge');
  await ensureIngested(db, embedder, { dir: 'knowledge' });
  const knowledge = createKnowledge({ db, embedder, llm: null, knowledgeDir: 'knowledge' });
  const matches = (hit: { doc: string; docTitle: string; article: string | null }, e: QaCase['expect'][number]) =>
    (hit.doc === e.doc || hit.docTitle.includes(e.doc)) && (!e.article || hit.article === e.article);

  console.log(`retrieval benchmark on ${path} (${rows.length} questions, ${db.kind})`);
  console.log('mode      Recall@5   MRR     p50 ms   p95 ms');
  const results: Record<string, { recall: number; mrr: number; p95: number }> = {};
  const shown: string[] = [];
  for (const mode of ['hybrid', 'lexical', 'dense'] as SearchMode[]) {
    for (const row of rows.slice(0, WARMUP)) await knowledge.search(row.question, { mode });
    let found = 0;
    let rr = 0;
    const times: number[] = [];
    const misses: string[] = [];
    for (const row of rows) {
      const t = performance.now();
      const hits = await knowledge.search(row.question, { mode, limit: 5 });
      times.push(performance.now() - t);
      const rank = hits.findIndex((h) => row.expect.some((e) => matches(h, e)));
      if (rank >= 0) {
        found++;
        rr += 1 / (rank + 1);
      } else {
        misses.push(row.id);
        if (SHOW && mode === 'hybrid') shown.push(`  ${row.id} ${row.question}\n    want ${row.expect.map((e) => `${e.doc} ${e.article ?? ''}`).join(' / ')}\n    got  ${hits.map((h) => `${h.doc} ${h.article ?? ''}`).join(' / ')}`);
      }
    }
    const recall = found / rows.length;
    const mrr = rr / rows.length;
    results[mode] = { recall, mrr, p95: percentile(times, 95) };
    console.log(
      `${mode.padEnd(9)} ${recall.toFixed(3).padStart(8)} ${mrr.toFixed(3).padStart(7)} ${percentile(times, 50).toFixed(1).padStart(8)} ${percentile(times, 95).toFixed(1).padStart(8)}${misses.length ? `   misses: ${misses.join(' ')}` : ''}`,
    );
  }
  if (shown.length) console.log(`hybrid misses:\n${shown.join('\n')}`);
  const h = results.hybrid as { recall: number; mrr: number; p95: number };
  console.log(`targets: hybrid Recall@5 ≥ ${TARGETS.recall5}, MRR ≥ ${TARGETS.mrr}, above lexical-only and dense-only; search p95 ≤ ${TARGETS.p95ms} ms`);
  const beats = (['lexical', 'dense'] as const).every((m) => {
    const b = results[m] as { recall: number; mrr: number };
    return h.recall >= b.recall && h.mrr >= b.mrr && (h.recall > b.recall || h.mrr > b.mrr);
  });
  const pass = h.recall >= TARGETS.recall5 && h.mrr >= TARGETS.mrr && h.p95 <= TARGETS.p95ms && beats;
  console.log(`result: ${pass ? 'PASS' : 'BELOW TARGET'} (hybrid beats both baselines: ${beats ? 'yes' : 'no'})`);
  await db.close();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
