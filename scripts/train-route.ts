/**
 * Trains the route model (naive Bayes over character 1–3-grams, server/src/routing/route-model.ts) on the
 * project's own written cases in test/bench and writes knowledge/routing/route-model.json. The model is only
 * asked when no rule fires, so it is scored on exactly those cases: each file is held out in turn, and the
 * minimum probability is the one whose held-out answers (model, else the 信访 fallback) are right most often.
 * ../shared/eval is never trained on; routing-dev is scored at the end as an outside check.
 * Run: npm run train:route
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { charGrams } from '../server/src/routing/char-grams.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../server/src/routing/knowledge-files.js';
import { countFeatures } from '../server/src/routing/naive-bayes.js';
import { normalizeForRouting } from '../server/src/routing/normalize.js';
import { type RouteModelFile, routeModelFromFile } from '../server/src/routing/route-model.js';
import { compileRules, loadRuleBook } from '../server/src/routing/rules.js';
import type { RouteCode } from '../server/src/routing/types.js';
import { readWritten, trainingFiles, type WrittenCase } from './written-sets.js';

const DEV_SET = join(DEFAULT_KNOWLEDGE_DIR, '../../shared/eval/routing-dev.jsonl');
const ALPHA = 0.1;
const DAMPING = 0.5;
/** An n-gram must occur in this many training cases to count: one-off n-grams only memorise. */
const MIN_DOCS = 2;
const MIN_PROBABILITIES = [0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

const book = loadRuleBook(DEFAULT_KNOWLEDGE_DIR);
const rules = compileRules(book);

interface Example {
  text: string;
  features: string[];
  label: RouteCode;
  routes: RouteCode[];
  /** No rule fires on it: the only cases the model is asked about. */
  unruled: boolean;
}

const toExample = (c: WrittenCase): Example => {
  const text = normalizeForRouting(c.text);
  return { text, features: charGrams(text), label: c.routes[0] as RouteCode, routes: c.routes, unruled: rules.fire(text).length === 0 };
};

// Emergencies are the danger model's part; their routes say nothing about which channel a matter belongs to.
const files = trainingFiles();
const sets = new Map(files.map((f) => [f, readWritten(f).filter((c) => !c.emergency).map(toExample)]));
const all = [...sets.values()].flat();
const labels = [...new Set(all.map((e) => e.label))].sort();

const fileOf = (examples: Example[], minProbability: number, source: string): RouteModelFile => ({
  source,
  minProbability,
  alpha: ALPHA,
  damping: DAMPING,
  labels,
  counts: Object.fromEntries(countFeatures(examples.map((e) => ({ features: e.features, label: e.label })), labels, MIN_DOCS)),
});

/** Held out one file at a time: for each unruled case, the model's guess and its probability. */
const heldOut: { example: Example; route: RouteCode | null; probability: number }[] = [];
for (const [name, examples] of sets) {
  const model = routeModelFromFile(fileOf([...sets].filter(([other]) => other !== name).flatMap(([, e]) => e), 0, ''));
  for (const example of examples.filter((e) => e.unruled)) {
    const guess = model.guess(example.text);
    heldOut.push({ example, route: guess?.route ?? null, probability: guess?.probability ?? 0 });
  }
}
const fallback = book.fallback.route;
const rightAt = (min: number) =>
  heldOut.filter((h) => h.example.routes.includes(h.route && h.probability >= min ? h.route : fallback)).length;
const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;
console.log(`held out one file at a time (${files.length} files), the ${heldOut.length} cases no rule fires on:`);
console.log(`  信访 fallback alone: ${pct(rightAt(Number.POSITIVE_INFINITY), heldOut.length)} acceptable`);
for (const min of MIN_PROBABILITIES) console.log(`  model at p ≥ ${min.toFixed(1)}, else fallback: ${pct(rightAt(min), heldOut.length)}`);
// Most right answers; on a tie the higher bar, so the model speaks less.
const minProbability = MIN_PROBABILITIES.reduce((best, m) => (rightAt(m) >= rightAt(best) ? m : best));

const file = fileOf(
  all,
  minProbability,
  `naive Bayes over character 1–3-grams trained by scripts/train-route.ts on the non-emergency cases of the project's own written sets (${files.join(', ')}); minimum probability from held-out files`,
);
const out = join(DEFAULT_KNOWLEDGE_DIR, 'routing', 'route-model.json');
writeFileSync(out, `${JSON.stringify(file)}\n`);
console.log(`chosen minimum probability ${minProbability.toFixed(1)}: ${pct(rightAt(minProbability), heldOut.length)} acceptable`);
console.log(`n-grams ${Object.keys(file.counts).length}, model ${(JSON.stringify(file).length / 1024).toFixed(0)} KB → ${out}`);

const model = routeModelFromFile(file);
const dev = readFileSync(DEV_SET, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => toExample(JSON.parse(l) as WrittenCase))
  .filter((e) => e.unruled && e.label !== 'emergency');
const devRight = dev.filter((e) => e.routes.includes(model.guess(e.text)?.route ?? fallback)).length;
const devFallback = dev.filter((e) => e.routes.includes(fallback)).length;
console.log(`outside check, routing-dev cases no rule fires on (never trained on): model ${devRight}/${dev.length}, fallback alone ${devFallback}/${dev.length}`);
