import { z } from 'zod';
import { charGrams, evidenceWords } from './char-grams.js';
import { loadJson } from './knowledge-files.js';
import { FeatureCounts, naiveBayes } from './naive-bayes.js';

/**
 * Logistic regression over character 1–3-grams: does this message read as danger happening now?
 * Trained by scripts/train-danger.ts. The rules in emergency.json explain themselves but trail new wording;
 * the model catches the panicked, indirect messages they miss.
 */
export const DangerModelFile = z.object({
  source: z.string(),
  /** Score at or above which the model alone calls danger now (chosen by the trainer on held-out files). */
  threshold: z.number(),
  /** The same for one window of a longer message: higher, since a few clauses give fewer, noisier n-grams. */
  windowThreshold: z.number(),
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
    counts: FeatureCounts,
  }),
});
export type DangerModelFile = z.infer<typeof DangerModelFile>;

/** Below this many characters a message gives the model too few n-grams to judge; short cries are the rules' part. */
export const MIN_MODEL_CHARS = 10;

/** Clauses per window: about one sentence of a villager's message, with the one before and after it. */
const WINDOW_CLAUSES = 3;

/**
 * Runs of WINDOW_CLAUSES consecutive clauses with at least MIN_MODEL_CHARS characters, when the message is
 * longer than one window: a cry for help at the end of a long complaint is not averaged away by the complaint.
 */
export function dangerWindows(clauses: string[]): string[] {
  if (clauses.length <= WINDOW_CLAUSES) return [];
  return clauses
    .slice(0, clauses.length - WINDOW_CLAUSES + 1)
    .map((_, i) => clauses.slice(i, i + WINDOW_CLAUSES).join('，'))
    .filter((w) => [...w].length >= MIN_MODEL_CHARS);
}

/** Scores take the message's charGrams, computed once by the caller. */
export interface DangerModel {
  threshold: number;
  windowThreshold: number;
  score(features: readonly string[]): number;
  /** The words of the text read that pushed hardest towards danger, strongest first, for the rationale. */
  strongest(text: string, count: number): string[];
  /** The likeliest kind of danger, or null when no kind is clearly likelier than the rest. */
  category(features: readonly string[]): string | null;
}

/** A kind is named only when the model gives it at least this probability; else the advice stays general. */
const MIN_KIND_PROBABILITY = 0.6;

/**
 * Evidence is divided by √(known n-grams + 1) so a long letter does not add up to danger word by word.
 * Only n-grams the model has a weight for count, exactly as in training: unknown ones neither add nor dilute.
 */
export function dangerScore(weights: ReadonlyMap<string, number>, bias: number, features: readonly string[]): number {
  let sum = 0;
  let known = 0;
  for (const f of features) {
    const w = weights.get(f);
    if (w === undefined) continue;
    sum += w;
    known++;
  }
  return bias + sum / Math.sqrt(known + 1);
}

export function dangerModelFromFile(file: DangerModelFile): DangerModel {
  const weights = new Map(Object.entries(file.weights));
  const kinds = naiveBayes(file.kinds.labels, file.kinds.alpha, file.kinds.counts);
  return {
    threshold: file.threshold,
    windowThreshold: file.windowThreshold,
    score: (features) => dangerScore(weights, file.bias, features),
    strongest: (text, count) => evidenceWords(text, (gram) => weights.get(gram), count),
    category(features) {
      const best = kinds.likeliest(features);
      return best && best.probability >= MIN_KIND_PROBABILITY ? best.label : null;
    },
  };
}

/**
 * What the model calls danger now in a message cut into `clauses`: the whole of it at or above the threshold,
 * else the first window at or above the window threshold; null when neither.
 */
export function dangerRead(model: DangerModel, text: string, clauses: string[]): { text: string; features: readonly string[] } | null {
  const whole = charGrams(text);
  if (model.score(whole) >= model.threshold) return { text, features: whole };
  return (
    dangerWindows(clauses)
      .map((window) => ({ text: window, features: charGrams(window) }))
      .find((window) => model.score(window.features) >= model.windowThreshold) ?? null
  );
}

/** Loads knowledge/routing/danger-model.json; its kinds must be categories emergency.json still has. */
export function loadDangerModel(knowledgeDir: string, categories: string[]): DangerModel {
  const file = loadJson(knowledgeDir, 'routing/danger-model.json', DangerModelFile);
  const unknown = file.kinds.labels.filter((l) => !categories.includes(l));
  if (unknown.length > 0) throw new Error(`routing/danger-model.json: unknown emergency categories ${unknown.join(', ')}; run npm run train:danger`);
  return dangerModelFromFile(file);
}
