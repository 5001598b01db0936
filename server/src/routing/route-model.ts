import { z } from 'zod';
import { charGrams, evidenceWords } from './char-grams.js';
import { loadJson } from './knowledge-files.js';
import { NaiveBayesFile, naiveBayesFromFile } from './naive-bayes.js';
import { RouteCode } from './types.js';

/**
 * Naive Bayes over character 1–3-grams for the route, trained by scripts/train-case-models.ts on the project's own
 * written cases. It speaks only when no rule fires: the rules explain themselves but miss new wording, and the
 * 信访 fallback is then right only about half the time.
 */
export const RouteModelFile = NaiveBayesFile.extend({
  /** The model's route is taken only at or above this probability (chosen by the trainer on held-out files). */
  minProbability: z.number().min(0).max(1),
  labels: z.array(RouteCode).min(2),
});
export type RouteModelFile = z.infer<typeof RouteModelFile>;

export interface RouteGuess {
  route: RouteCode;
  probability: number;
  /** The message's words that spoke most for this route over the others, for the rationale. */
  evidence: string[];
}

export interface RouteModel {
  /** The likeliest route for a normalised message, or null below the minimum probability. */
  guess(normalizedText: string): RouteGuess | null;
}

const EVIDENCE_WORDS = 3;

export function routeModelFromFile(file: RouteModelFile): RouteModel {
  const bayes = naiveBayesFromFile(file);
  return {
    guess(text) {
      const likeliest = bayes.likeliest(charGrams(text));
      if (!likeliest || likeliest.probability < file.minProbability) return null;
      const best = likeliest.index;
      const route = file.labels[best];
      if (!route) return null;
      // How much more likely an n-gram is under this route than under the average other route.
      const lift = (gram: string) => {
        const lp = bayes.logProbs.get(gram);
        if (!lp) return undefined;
        const others = lp.filter((_, i) => i !== best);
        return (lp[best] ?? 0) - others.reduce((a, b) => a + b, 0) / others.length;
      };
      return { route, probability: likeliest.probability, evidence: evidenceWords(text, lift, EVIDENCE_WORDS) };
    },
  };
}

export const loadRouteModel = (knowledgeDir: string): RouteModel =>
  routeModelFromFile(loadJson(knowledgeDir, 'routing/route-model.json', RouteModelFile));
