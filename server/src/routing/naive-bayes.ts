import { z } from 'zod';

/**
 * Multinomial naive Bayes with add-alpha smoothing and uniform priors, shared by the topic, danger-kind and
 * route models. Priors are uniform because the training mix of labels says nothing about a village's mix of matters.
 */
export const FeatureCounts = z.record(z.string(), z.array(z.number().int()));
export type FeatureCounts = z.infer<typeof FeatureCounts>;

/** What a saved character n-gram model (route, case topics) holds besides its labels: its origin, smoothing and counts. */
export const NaiveBayesFile = z.object({
  source: z.string(),
  alpha: z.number().positive(),
  /** Evidence is divided by (known n-grams)^damping so long letters do not become overconfident. */
  damping: z.number().min(0),
  counts: FeatureCounts,
});
export type NaiveBayesFile = z.infer<typeof NaiveBayesFile>;

export interface NaiveBayes {
  labels: string[];
  /** Log-probability of each feature per label, in `labels` order. */
  logProbs: ReadonlyMap<string, number[]>;
  /** Posterior per label, or null when no feature is known. */
  posterior(features: Iterable<string>): number[] | null;
  /** The most probable label with its index and probability, or null when no feature is known. */
  likeliest(features: Iterable<string>): { label: string; index: number; probability: number } | null;
}

/**
 * `damping` divides the evidence by (known features)^damping so long messages do not become overconfident;
 * 0 leaves it undamped.
 */
export function naiveBayes(labels: string[], alpha: number, counts: FeatureCounts, damping = 0): NaiveBayes {
  const totals = labels.map(() => 0);
  for (const c of Object.values(counts)) for (const [i, n] of c.entries()) totals[i] = (totals[i] ?? 0) + n;
  const vocabulary = Object.keys(counts).length;
  const denominators = totals.map((t) => Math.log(t + alpha * vocabulary));
  const logProbs = new Map(
    Object.entries(counts).map(([f, c]) => [f, labels.map((_, i) => Math.log((c[i] ?? 0) + alpha) - (denominators[i] ?? 0))]),
  );
  function posterior(features: Iterable<string>): number[] | null {
    const evidence = labels.map(() => 0);
    let known = 0;
    for (const f of features) {
      const lp = logProbs.get(f);
      if (!lp) continue;
      known++;
      for (const [i, v] of lp.entries()) evidence[i] = (evidence[i] ?? 0) + v;
    }
    if (known === 0) return null;
    const logits = evidence.map((e) => e * known ** -damping);
    const max = Math.max(...logits);
    const exp = logits.map((l) => Math.exp(l - max));
    const sum = exp.reduce((a, b) => a + b, 0);
    return exp.map((e) => e / sum);
  }
  return {
    labels,
    logProbs,
    posterior,
    likeliest(features) {
      const p = posterior(features);
      if (!p) return null;
      const index = p.indexOf(Math.max(...p));
      return { label: labels[index] ?? '', index, probability: p[index] ?? 0 };
    },
  };
}

export const naiveBayesFromFile = (file: NaiveBayesFile & { labels: string[] }): NaiveBayes =>
  naiveBayes(file.labels, file.alpha, file.counts, file.damping);

/**
 * Per-label counts of each feature over labelled examples, keeping features counted at least `minDocs` times,
 * in first-seen order (a Map: an object would move numeric features first and reorder ties).
 */
export function countFeatures(examples: { features: string[]; label: string }[], labels: string[], minDocs: number): Map<string, number[]> {
  const counts = new Map<string, number[]>();
  for (const e of examples) {
    const i = labels.indexOf(e.label);
    if (i < 0) throw new Error(`unknown label ${e.label}`);
    for (const f of e.features) {
      const c = counts.get(f) ?? labels.map(() => 0);
      c[i] = (c[i] ?? 0) + 1;
      counts.set(f, c);
    }
  }
  return new Map([...counts].filter(([, c]) => c.reduce((a, b) => a + b, 0) >= minDocs));
}
