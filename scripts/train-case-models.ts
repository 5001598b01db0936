/**
 * Trains the two models learnt from the project's own written cases in test/bench (naive Bayes over character
 * 1–3-grams) and writes them to knowledge/routing/:
 * - route-model.json (server/src/routing/route-model.ts), asked only when no rule fires, so it is scored on exactly
 *   those cases; its minimum probability is the one whose held-out answers (model, else the 信访 fallback) are
 *   right most often;
 * - case-topic-model.json (server/src/routing/case-topic-model.ts), added to the lexicon, rule votes and 泰迪杯
 *   model at the weight whose held-out topics are right most often.
 * Each file is held out in turn. Emergencies are left out: the danger model reads them, and their routes and
 * topics name the danger rather than the matter. ../shared/eval is never trained on; routing-dev is scored at the
 * end as an outside check.
 * Run: npm run train:cases
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CaseTopicModelFile, caseTopicModelFromFile } from '../server/src/routing/case-topic-model.js';
import { charGrams } from '../server/src/routing/char-grams.js';
import { decide } from '../server/src/routing/decide.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../server/src/routing/knowledge-files.js';
import { countFeatures } from '../server/src/routing/naive-bayes.js';
import { normalizeForRouting } from '../server/src/routing/normalize.js';
import { type RouteModelFile, routeModelFromFile } from '../server/src/routing/route-model.js';
import { compileRules, loadRuleBook } from '../server/src/routing/rules.js';
import { bestTopic, loadTopicClassifier, withCaseTopics } from '../server/src/routing/topic.js';
import type { RouteCode, Topic } from '../server/src/routing/types.js';
import { readWritten, trainingFiles, WrittenCase } from './written-sets.js';

const DEV_SET = join(DEFAULT_KNOWLEDGE_DIR, '../../shared/eval/routing-dev.jsonl');
const ALPHA = 0.1;
const DAMPING = 0.5;
/** An n-gram must occur in this many training cases to count: one-off n-grams only memorise. */
const MIN_DOCS = 2;
const MIN_PROBABILITIES = [0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
const TOPIC_WEIGHTS = [0, 0.5, 1, 1.5, 2, 3, 4, 6];

const book = loadRuleBook(DEFAULT_KNOWLEDGE_DIR);
const rules = compileRules(book);
const otherTopicScores = loadTopicClassifier(DEFAULT_KNOWLEDGE_DIR, null);

interface Example {
  text: string;
  features: string[];
  routes: RouteCode[];
  topics: Topic[];
  /** No rule fires on it: the only cases the route model is asked about. */
  unruled: boolean;
  /** Topic scores from everything but the case topic model. */
  otherScores: Map<Topic, number>;
}

const toExample = (c: WrittenCase): Example => {
  const text = normalizeForRouting(c.text);
  const fired = rules.fire(text);
  return {
    text,
    features: charGrams(text),
    routes: c.routes,
    topics: c.topic,
    unruled: fired.length === 0,
    otherScores: otherTopicScores.classify(text, decide(book, fired).topicVotes).scores,
  };
};

const files = trainingFiles();
const sets = new Map(files.map((f) => [f, readWritten(f).filter((c) => !c.emergency).map(toExample)]));
const all = [...sets.values()].flat();
const routeLabels = [...new Set(all.map((e) => e.routes[0] as RouteCode))].sort();
const topicLabels = [...new Set(all.map((e) => e.topics[0] as Topic))].sort();
const source = (what: string) =>
  `naive Bayes over character 1–3-grams trained by scripts/train-case-models.ts on the non-emergency cases of the project's own written sets (${files.join(', ')}); ${what} from held-out files`;

const counts = (examples: Example[], labels: string[], labelOf: (e: Example) => string) =>
  Object.fromEntries(countFeatures(examples.map((e) => ({ features: e.features, label: labelOf(e) })), labels, MIN_DOCS));
const routeFile = (examples: Example[], minProbability: number): RouteModelFile => ({
  source: source('minimum probability'),
  minProbability,
  alpha: ALPHA,
  damping: DAMPING,
  labels: routeLabels,
  counts: counts(examples, routeLabels, (e) => e.routes[0] ?? ''),
});
const topicFile = (examples: Example[], weight: number): CaseTopicModelFile => ({
  source: source('weight'),
  weight,
  alpha: ALPHA,
  damping: DAMPING,
  labels: topicLabels,
  counts: counts(examples, topicLabels, (e) => e.topics[0] ?? ''),
});

/** Held out one file at a time: the route model's guess on unruled cases, the case topic posterior on every case. */
const routeHeldOut: { example: Example; route: RouteCode | null; probability: number }[] = [];
const topicHeldOut: { example: Example; posterior: Map<Topic, number> }[] = [];
for (const [name, examples] of sets) {
  const others = [...sets].filter(([other]) => other !== name).flatMap(([, e]) => e);
  const routeModel = routeModelFromFile(routeFile(others, 0));
  const topicModel = caseTopicModelFromFile(topicFile(others, 1));
  for (const example of examples) {
    topicHeldOut.push({ example, posterior: topicModel.posterior(example.text) });
    if (!example.unruled) continue;
    const guess = routeModel.guess(example.text);
    routeHeldOut.push({ example, route: guess?.route ?? null, probability: guess?.probability ?? 0 });
  }
}

const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;
/** The setting with the most right answers; on a tie the later one in `settings` (where the model speaks less). */
const mostRight = (settings: number[], right: (s: number) => number) => settings.reduce((best, s) => (right(s) >= right(best) ? s : best));

const fallback = book.fallback.route;
const routeRightAt = (min: number) =>
  routeHeldOut.filter((h) => h.example.routes.includes(h.route && h.probability >= min ? h.route : fallback)).length;
console.log(`route model, held out one file at a time (${files.length} files), the ${routeHeldOut.length} cases no rule fires on:`);
console.log(`  信访 fallback alone: ${pct(routeRightAt(Number.POSITIVE_INFINITY), routeHeldOut.length)} acceptable`);
for (const min of MIN_PROBABILITIES) console.log(`  model at p ≥ ${min.toFixed(1)}, else fallback: ${pct(routeRightAt(min), routeHeldOut.length)}`);
const minProbability = mostRight(MIN_PROBABILITIES, routeRightAt);

const topicRightAt = (weight: number) =>
  topicHeldOut.filter((h) => h.example.topics.includes(bestTopic(withCaseTopics(h.example.otherScores, h.posterior, weight)))).length;
console.log(`case topic model, held out one file at a time, all ${topicHeldOut.length} cases:`);
for (const weight of TOPIC_WEIGHTS) console.log(`  weight ${weight.toFixed(1)}: ${pct(topicRightAt(weight), topicHeldOut.length)} right`);
const weight = mostRight([...TOPIC_WEIGHTS].reverse(), topicRightAt);

const write = (name: string, file: object) => {
  const out = join(DEFAULT_KNOWLEDGE_DIR, 'routing', name);
  writeFileSync(out, `${JSON.stringify(file)}\n`);
  console.log(`  ${(JSON.stringify(file).length / 1024).toFixed(0)} KB → ${out}`);
};
const finalRoute = routeFile(all, minProbability);
const finalTopic = topicFile(all, weight);
console.log(`chosen minimum probability ${minProbability.toFixed(1)} (${pct(routeRightAt(minProbability), routeHeldOut.length)}), topic weight ${weight.toFixed(1)} (${pct(topicRightAt(weight), topicHeldOut.length)})`);
write('route-model.json', finalRoute);
write('case-topic-model.json', finalTopic);

const dev = readFileSync(DEV_SET, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => WrittenCase.parse(JSON.parse(l)))
  .filter((c) => !c.emergency)
  .map(toExample);
const routeModel = routeModelFromFile(finalRoute);
const topicModel = caseTopicModelFromFile(finalTopic);
const unruled = dev.filter((e) => e.unruled);
const devRoutes = unruled.filter((e) => e.routes.includes(routeModel.guess(e.text)?.route ?? fallback)).length;
const devFallback = unruled.filter((e) => e.routes.includes(fallback)).length;
const devTopics = (w: number) => dev.filter((e) => e.topics.includes(bestTopic(withCaseTopics(e.otherScores, topicModel.posterior(e.text), w)))).length;
console.log('outside check on routing-dev (never trained on):');
console.log(`  route, cases no rule fires on: model ${devRoutes}/${unruled.length}, fallback alone ${devFallback}/${unruled.length}`);
console.log(`  topic, non-emergency cases: with the case topic model ${devTopics(weight)}/${dev.length}, without ${devTopics(0)}/${dev.length}`);
