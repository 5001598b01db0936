import { z } from 'zod';
import { charGrams } from './char-grams.js';
import { loadJson } from './knowledge-files.js';
import { NaiveBayesFile, naiveBayesFromFile } from './naive-bayes.js';
import { Topic } from './types.js';

/**
 * Naive Bayes over character 1–3-grams for the topic, trained by scripts/train-case-models.ts on the project's own
 * written cases: short villager messages in dialect and typos, which the 泰迪杯 model (long formal letters, 7 labels)
 * and the keyword lexicon read poorly. Its posterior is added to the other topic scores with a weight chosen on
 * held-out files.
 */
export const CaseTopicModelFile = NaiveBayesFile.extend({
  /** How much the posterior counts against one keyword hit or rule vote. */
  weight: z.number().min(0),
  labels: z.array(Topic).min(2),
});
export type CaseTopicModelFile = z.infer<typeof CaseTopicModelFile>;

export interface CaseTopicModel {
  weight: number;
  /** Probability per topic of a normalised message; empty when it shares no n-gram with the training cases. */
  posterior(normalizedText: string): Map<Topic, number>;
}

export function caseTopicModelFromFile(file: CaseTopicModelFile): CaseTopicModel {
  const bayes = naiveBayesFromFile(file);
  return {
    weight: file.weight,
    posterior(text) {
      const p = bayes.posterior(charGrams(text));
      return new Map(p ? file.labels.map((label, i) => [label, p[i] ?? 0]) : []);
    },
  };
}

export const loadCaseTopicModel = (knowledgeDir: string): CaseTopicModel =>
  caseTopicModelFromFile(loadJson(knowledgeDir, 'routing/case-topic-model.json', CaseTopicModelFile));
