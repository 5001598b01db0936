import { z } from 'zod';
import { loadJson } from './knowledge-files.js';

/**
 * Logistic regression over character 1–3-grams: does this message read as danger happening now?
 * Trained by scripts/train-danger.ts. The rules in emergency.json explain themselves but trail new wording;
 * the model catches the panicked, indirect messages they miss.
 */
export const DangerModelFile = z.object({
  source: z.string(),
  /** Score at or above which the model alone calls danger now (chosen by the trainer on held-out files). */
  threshold: z.number(),
  bias: z.number(),
  weights: z.record(z.string(), z.number()),
  /**
   * Which kind of danger (an emergency.json category id): multinomial naive Bayes over the same n-grams,
   * learnt from the rules' own hits on the training sets.
   */
  kinds: z.object({
    labels: z.array(z.string()).min(1),
    alpha: z.number().positive(),
    /** n-gram → count per label, in `labels` order. */
    counts: z.record(z.string(), z.array(z.number().int())),
  }),
});
export type DangerModelFile = z.infer<typeof DangerModelFile>;

/** Below this many characters a message gives the model too few n-grams to judge; short cries are the rules' part. */
export const MIN_MODEL_CHARS = 10;

export interface DangerModel {
  threshold: number;
  score(normalizedText: string): number;
  /** The present n-grams that pushed hardest towards danger, strongest first, for the rationale. */
  strongest(normalizedText: string, count: number): string[];
  /** The likeliest kind of danger, or null when no kind is clearly likelier than the rest. */
  category(normalizedText: string): string | null;
  categoryOfFeatures(features: string[]): string | null;
}

/** A kind is named only when the model gives it at least this probability; else the advice stays general. */
const MIN_KIND_PROBABILITY = 0.6;

const MAX_GRAM = 3;
/** Evidence worth showing a citizen: two or more Chinese characters, no punctuation. */
const WORDS = /^\p{Script=Han}{2,}$/u;

/** Every distinct character 1–3-gram of a message already in normalizeForDanger form. */
export function dangerFeatures(normalizedText: string): string[] {
  const chars = [...normalizedText];
  const out = new Set<string>();
  for (let n = 1; n <= MAX_GRAM; n++) {
    for (let i = 0; i + n <= chars.length; i++) out.add(chars.slice(i, i + n).join(''));
  }
  return [...out];
}

/** Evidence is divided by √(features + 1) so a long letter does not add up to danger word by word. */
export function dangerScore(weights: ReadonlyMap<string, number>, bias: number, features: string[]): number {
  let sum = 0;
  for (const f of features) sum += weights.get(f) ?? 0;
  return bias + sum / Math.sqrt(features.length + 1);
}

/** Log-probabilities per label for each n-gram, with add-alpha smoothing. */
function kindLogProbs(kinds: DangerModelFile['kinds']): Map<string, number[]> {
  const totals = kinds.labels.map((_, i) => Object.values(kinds.counts).reduce((sum, c) => sum + (c[i] ?? 0), 0));
  const vocabulary = Object.keys(kinds.counts).length;
  return new Map(
    Object.entries(kinds.counts).map(([f, c]) => [
      f,
      kinds.labels.map((_, i) => Math.log((c[i] ?? 0) + kinds.alpha) - Math.log((totals[i] ?? 0) + kinds.alpha * vocabulary)),
    ]),
  );
}

export function dangerModelFromFile(file: DangerModelFile): DangerModel {
  const weights = new Map(Object.entries(file.weights));
  const logProbs = kindLogProbs(file.kinds);
  return {
    threshold: file.threshold,
    score: (text) => dangerScore(weights, file.bias, dangerFeatures(text)),
    strongest(text, count) {
      const present = dangerFeatures(text)
        .map((f) => [f, weights.get(f) ?? 0] as const)
        .filter(([f, w]) => w > 0 && WORDS.test(f))
        .sort((a, b) => b[1] - a[1]);
      // Skip n-grams inside a stronger one already shown (刀 after 拿刀).
      const shown: string[] = [];
      for (const [f] of present) {
        if (shown.length >= count) break;
        if (!shown.some((s) => s.includes(f) || f.includes(s))) shown.push(f);
      }
      return shown;
    },
    category(text) {
      return this.categoryOfFeatures(dangerFeatures(text));
    },
    categoryOfFeatures(features) {
      const evidence = file.kinds.labels.map(() => 0);
      for (const f of features) {
        for (const [i, lp] of (logProbs.get(f) ?? []).entries()) evidence[i] = (evidence[i] ?? 0) + lp;
      }
      const max = Math.max(...evidence);
      const exp = evidence.map((e) => Math.exp(e - max));
      const best = exp.indexOf(1);
      return (exp[best] ?? 0) / exp.reduce((a, b) => a + b, 0) >= MIN_KIND_PROBABILITY ? (file.kinds.labels[best] ?? null) : null;
    },
  };
}

/** Loads knowledge/routing/danger-model.json; its kinds must be categories emergency.json still has. */
export function loadDangerModel(knowledgeDir: string, categories: string[]): DangerModel {
  const file = loadJson(knowledgeDir, 'routing/danger-model.json', DangerModelFile);
  const unknown = file.kinds.labels.filter((l) => !categories.includes(l));
  if (unknown.length > 0) throw new Error(`routing/danger-model.json: unknown emergency categories ${unknown.join(', ')}; run npm run train:danger`);
  return dangerModelFromFile(file);
}
