import { readFileSync } from 'node:fs';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { z } from 'zod';

/** Multinomial naive Bayes over words and in-word character bigrams; trained by scripts/train-topic.ts. */
export const TopicModelFile = z.object({
  source: z.string(),
  labels: z.array(z.string()).min(2),
  alpha: z.number().positive(),
  docCounts: z.array(z.number().int()),
  /** feature → count per label, in `labels` order. */
  features: z.record(z.string(), z.array(z.number().int())),
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

let jieba: Jieba | null = null;
export function segment(text: string): string[] {
  jieba ??= Jieba.withDict(dict);
  return jieba.cut(text, false);
}

/** Evidence is divided by this power of the feature count so long messages do not become overconfident. */
const LENGTH_DAMPING = 0.5;

export function modelFromFile(file: TopicModelFile): TopicModel {
  const k = file.labels.length;
  const totals = new Array<number>(k).fill(0);
  for (const counts of Object.values(file.features)) {
    for (const [i, c] of counts.entries()) totals[i] = (totals[i] ?? 0) + c;
  }
  const vocab = Object.keys(file.features).length;
  const denominators = totals.map((t) => Math.log(t + file.alpha * vocab));
  const logProbs = new Map<string, number[]>();
  for (const [feature, counts] of Object.entries(file.features)) {
    logProbs.set(
      feature,
      counts.map((c, i) => Math.log(c + file.alpha) - (denominators[i] ?? 0)),
    );
  }
  return {
    labels: file.labels,
    predict(text) {
      const evidence = new Array<number>(k).fill(0);
      let n = 0;
      for (const f of featuresOfTokens(segment(text))) {
        const lp = logProbs.get(f);
        if (!lp) continue;
        n++;
        for (const [i, v] of lp.entries()) evidence[i] = (evidence[i] ?? 0) + v;
      }
      // Uniform priors: the training mix of labels says nothing about a village's mix of matters.
      if (n === 0) return file.labels.map((label) => [label, 0]);
      const logits = evidence.map((e) => e * n ** -LENGTH_DAMPING);
      const max = Math.max(...logits);
      const exp = logits.map((l) => Math.exp(l - max));
      const sum = exp.reduce((a, b) => a + b, 0);
      return file.labels.map((label, i) => [label, (exp[i] ?? 0) / sum]);
    },
  };
}

export function loadTopicModel(path: string): TopicModel {
  return modelFromFile(TopicModelFile.parse(JSON.parse(readFileSync(path, 'utf8'))));
}
