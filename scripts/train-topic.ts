/**
 * Trains the topic model (multinomial naive Bayes, words + in-word character bigrams) from the 2020 泰迪杯
 * 附件2 segmented messages (../shared/data/tipdm2020-liuyan-full.segmented.jsonl), holding out every tenth
 * message (by a hash of its id) for scoring, and writes knowledge/routing/topic-model.json.
 * The *.dev.jsonl halves are never read here. Run: npm run train:topic [-- --data path]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR } from '../server/src/routing/knowledge-files.js';
import { countFeatures } from '../server/src/routing/naive-bayes.js';
import { featuresOfTokens, modelFromFile, type TopicModelFile } from '../server/src/routing/topic-model.js';

const ALPHA = 0.1;
const MIN_COUNT = 3;
const MAX_FEATURES = 40_000;
const dataArg = process.argv.indexOf('--data');
const dataPath = dataArg > 0 ? (process.argv[dataArg + 1] ?? '') : join(DEFAULT_KNOWLEDGE_DIR, '../../shared/data/tipdm2020-liuyan-full.segmented.jsonl');

interface Row {
  id: string;
  text: string;
  label: string;
}

/** FNV-1a, so the held-out split is stable across runs and machines. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

const rows: Row[] = readFileSync(dataPath, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Row)
  .filter((r) => typeof r.label === 'string');
const heldOut = rows.filter((r) => hash(r.id) % 10 === 0);
const training = rows.filter((r) => hash(r.id) % 10 !== 0);
const labels = [...new Set(training.map((r) => r.label))].sort();

const docCounts = labels.map((l) => training.filter((r) => r.label === l).length);
const examples = training.map((row) => ({ features: featuresOfTokens(row.text.toLowerCase().split(/\s+/)), label: row.label }));
const kept = [...countFeatures(examples, labels, MIN_COUNT)]
  .map(([f, c]) => [f, c, c.reduce((a, b) => a + b, 0)] as const)
  .sort((a, b) => b[2] - a[2])
  .slice(0, MAX_FEATURES);

const file: TopicModelFile = {
  source: `multinomial NB trained by scripts/train-topic.ts on ${training.length} rows of tipdm2020-liuyan-full.segmented (2020 泰迪杯 C题 附件2, GitHub jesHrz/tipdm); ${heldOut.length} held out`,
  labels,
  alpha: ALPHA,
  docCounts,
  features: Object.fromEntries(kept.map(([f, c]) => [f, c])),
};
const out = join(DEFAULT_KNOWLEDGE_DIR, 'routing', 'topic-model.json');
writeFileSync(out, `${JSON.stringify(file)}\n`);

const model = modelFromFile(file);
const confusion = new Map<string, number>();
let correct = 0;
for (const row of heldOut) {
  const predicted = model.predict(row.text.replace(/\s+/g, '')).sort((a, b) => b[1] - a[1])[0]?.[0];
  if (predicted === row.label) correct++;
  else confusion.set(`${row.label} → ${predicted}`, (confusion.get(`${row.label} → ${predicted}`) ?? 0) + 1);
}
const perLabel = labels.map((label) => {
  const of = heldOut.filter((r) => r.label === label);
  const ok = of.filter((r) => model.predict(r.text.replace(/\s+/g, '')).sort((a, b) => b[1] - a[1])[0]?.[0] === label).length;
  return `${label} ${ok}/${of.length}`;
});
const size = (JSON.stringify(file).length / 1024 / 1024).toFixed(2);
console.log(`trained on ${training.length}, features ${kept.length}, model ${size} MB → ${out}`);
console.log(`held-out accuracy (own 7 labels, re-segmented by jieba): ${(correct / heldOut.length).toFixed(3)} on ${heldOut.length}`);
console.log(`per label: ${perLabel.join(' · ')}`);
console.log(`top confusions: ${[...confusion.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ×${v}`).join(' · ')}`);
