import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Embedder, l2normalize } from '../llm/index.js';
import type { Glossary } from './glossary.js';
import { normalizeText } from './normalize-text.js';
import type { Tokenizer } from './tokenize.js';
import { textToolsFor } from './text-tools.js';

// Wide enough that hashed word and bigram features rarely collide (pgvector indexes up to 2,000).
const DIMENSIONS = 2000;
const CJK = /[\u4e00-\u9fff]/;
const BIGRAM_WEIGHT = 0.6;

/** FNV-1a: a stable hash so vectors are identical across runs and machines. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Word features (after glossary expansion, so 工钱 meets 工资) plus CJK character bigrams. */
export function featuresOf(text: string, tokenizer: Tokenizer, glossary: Glossary): Map<string, number> {
  const normalized = glossary.expand(normalizeText(text));
  const counts = new Map<string, number>();
  const add = (f: string, w: number) => counts.set(f, (counts.get(f) ?? 0) + w);
  for (const token of tokenizer.tokens(normalized)) add(`w:${token}`, 1);
  const chars = [...normalized].filter((c) => CJK.test(c));
  for (let i = 0; i + 1 < chars.length; i++) add(`b:${chars[i]}${chars[i + 1]}`, BIGRAM_WEIGHT);
  return counts;
}

/**
 * Offline default: hashed bag of features weighted by inverse document frequency learned from the
 * corpus (knowledge/embedder/idf.json, rebuilt by `npm run train:embedder`). No weights to download.
 */
export function createLocalEmbedder(knowledgeDir = './knowledge'): Embedder {
  const { glossary, tokenizer } = textToolsFor(knowledgeDir);
  const idfPath = join(knowledgeDir, 'embedder', 'idf.json');
  const idfRaw = existsSync(idfPath) ? readFileSync(idfPath, 'utf8') : '{"defaultIdf":1,"idf":{}}';
  const model = JSON.parse(idfRaw) as { defaultIdf: number; idf: Record<string, number> };
  const idf = new Map(Object.entries(model.idf));
  const version = createHash('sha256')
    .update(idfRaw)
    .update(readFileSync(join(knowledgeDir, 'glossary.json')))
    .update(readFileSync(join(knowledgeDir, 'userdict.txt')))
    .digest('hex')
    .slice(0, 12);
  const embedOne = (text: string): number[] => {
    const v = new Array<number>(DIMENSIONS).fill(0);
    for (const [feature, tf] of featuresOf(text, tokenizer, glossary)) {
      const h = fnv1a(feature);
      // Sublinear term frequency; a single bigram (tf 0.6) keeps its own weight.
      const weight = (tf >= 1 ? 1 + Math.log(tf) : tf) * (idf.get(feature) ?? model.defaultIdf);
      v[h % DIMENSIONS] = (v[h % DIMENSIONS] ?? 0) + (h & 0x80000000 ? -weight : weight);
    }
    return l2normalize(v);
  };
  return {
    id: `local-hash-${DIMENSIONS}-${version}`,
    dimensions: DIMENSIONS,
    embed: async (texts) => texts.map(embedOne),
  };
}
