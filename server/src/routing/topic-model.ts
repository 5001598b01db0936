import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { FeatureCounts, naiveBayes } from './naive-bayes.js';
import { segment } from './segment.js';

/** Multinomial naive Bayes over words and in-word character bigrams; trained by scripts/train-topic.ts. */
export const TopicModelFile = z.object({
  source: z.string(),
  labels: z.array(z.string()).min(2),
  alpha: z.number().positive(),
  docCounts: z.array(z.number().int()),
  /** feature → count per label, in `labels` order. */
  features: FeatureCounts,
});
export type TopicModelFile = z.infer<typeof TopicModelFile>;

export interface TopicModel {
  labels: string[];
  /** Posterior probability per label. */
  predict(normalizedText: string): [string, number][];
}

const WORD = /[\p{Script=Han}a-z0-9]/u;

/** Words of ≥ 2 characters plus the character bigrams inside longer words (robust to segmentation). */
export function featuresOfTokens(tokens: string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (t.length < 2 || !WORD.test(t)) continue;
    out.push(t);
    if (t.length > 2) for (let i = 0; i + 2 <= t.length; i++) out.push(`#${t.slice(i, i + 2)}`);
  }
  return out;
}


/** Evidence is divided by this power of the feature count so long messages do not become overconfident. */
const LENGTH_DAMPING = 0.5;

export function modelFromFile(file: TopicModelFile): TopicModel {
  const bayes = naiveBayes(file.labels, file.alpha, file.features, LENGTH_DAMPING);
  return {
    labels: file.labels,
    predict(text) {
      const posterior = bayes.posterior(featuresOfTokens(segment(text)));
      return file.labels.map((label, i) => [label, posterior?.[i] ?? 0]);
    },
  };
}

export function loadTopicModel(path: string): TopicModel {
  return modelFromFile(TopicModelFile.parse(JSON.parse(readFileSync(path, 'utf8'))));
}
