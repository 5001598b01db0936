import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chunkDocument } from '../server/src/knowledge/chunk.js';
import { readCorpus } from '../server/src/knowledge/corpus.js';
import { loadGlossary } from '../server/src/knowledge/glossary.js';
import { featuresOf } from '../server/src/knowledge/local-embedder.js';
import { createTokenizer } from '../server/src/knowledge/tokenize.js';

/**
 * `npm run train:embedder`: learns the local embedder's feature weights (inverse document frequency
 * over the corpus chunks, glossary expanded) into knowledge/embedder/idf.json. Features seen in
 * fewer than two chunks keep the default weight, which keeps the file small.
 */
const dir = process.argv[2] ?? 'knowledge';
const glossary = loadGlossary(dir);
const tokenizer = createTokenizer(dir, glossary.terms());
const df = new Map<string, number>();
let chunks = 0;
for (const doc of readCorpus(dir)) {
  for (const chunk of await chunkDocument(doc)) {
    chunks++;
    for (const feature of featuresOf(`${chunk.chapter ?? ''} ${chunk.text}`, tokenizer, glossary).keys()) {
      df.set(feature, (df.get(feature) ?? 0) + 1);
    }
  }
}
const idfOf = (n: number) => Math.round(Math.log((chunks + 1) / (n + 1)) * 100) / 100 + 1;
const idf: Record<string, number> = {};
for (const [feature, n] of [...df.entries()].sort((a, b) => a[0].localeCompare(b[0]))) if (n >= 2) idf[feature] = idfOf(n);
mkdirSync(join(dir, 'embedder'), { recursive: true });
writeFileSync(
  join(dir, 'embedder', 'idf.json'),
  `${JSON.stringify({ about: 'Feature weights (idf) for the local embedder, learned from knowledge/corpus by npm run train:embedder.', chunks, defaultIdf: idfOf(1), idf })}\n`,
);
console.log(`learned ${Object.keys(idf).length} feature weights from ${chunks} chunks`);
