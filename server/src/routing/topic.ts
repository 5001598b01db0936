import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { type CaseTopicModel, loadCaseTopicModel } from './case-topic-model.js';
import { loadJson } from './knowledge-files.js';
import { loadTopicModel, type TopicModel } from './topic-model.js';
import { Topic } from './types.js';

const Lexicon = z.object({ lexicon: z.record(Topic, z.array(z.string())) });
const LabelMap = z.object({ source: z.string(), labels: z.record(z.string(), Topic) });
export const LabelMaps = z.object({ $comment: z.string(), tipdm2020: LabelMap }).catchall(z.union([LabelMap, z.string()]));

export interface TopicScores {
  topic: Topic;
  scores: Map<Topic, number>;
}

export interface TopicClassifier {
  classify(normalizedText: string, ruleVotes: Map<Topic, number>): TopicScores;
}

/**
 * Weight of the trained model's probability relative to one keyword hit: it grows with the length of the
 * message, because the model was trained on long formal messages and is reliable there, while short
 * villager messages often name things (邻居, 承包地) the model has never seen.
 */
const modelWeight = (length: number) => Math.min(12, length / 30);
const RULE_VOTE_SCALE = 1;
/** Long messages mention many things in passing; their keyword hits count for less. */
const lexiconWeight = (length: number) => Math.min(1, 80 / Math.max(length, 1));

/** The case topic model's posterior added to the other scores at `weight`. */
export function withCaseTopics(scores: Map<Topic, number>, posterior: Map<Topic, number>, weight: number): Map<Topic, number> {
  const out = new Map(scores);
  for (const [topic, p] of posterior) out.set(topic, (out.get(topic) ?? 0) + weight * p);
  return out;
}

/** The best-scoring topic, or 其他 when nothing speaks clearly for one. */
export function bestTopic(scores: Map<Topic, number>): Topic {
  const best = [...scores.entries()].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] > 0.5 ? best[0] : '其他';
}

/**
 * Keyword lexicon + rule votes + the 泰迪杯 model (its 7 labels mapped onto our taxonomy through
 * knowledge/routing/label-map.json) + the case topic model. The 泰迪杯 model speaks for long formal messages,
 * the case model for short villager ones, the lexicon for the topics neither has seen.
 * `caseModel: null` leaves the case model out (its trainer scores the rest without it).
 */
export function loadTopicClassifier(
  knowledgeDir: string,
  caseModel: CaseTopicModel | null = loadCaseTopicModel(knowledgeDir),
): TopicClassifier {
  const lexicon = loadJson(knowledgeDir, 'routing/topics.json', Lexicon).lexicon;
  const compiled = Object.entries(lexicon).map(([topic, words]) => ({
    topic: topic as Topic,
    patterns: words.map((w) => new RegExp(w, 'gu')),
  }));
  const modelPath = join(knowledgeDir, 'routing', 'topic-model.json');
  const model: TopicModel | null = existsSync(modelPath) ? loadTopicModel(modelPath) : null;
  const labelMap = loadJson(knowledgeDir, 'routing/label-map.json', LabelMaps).tipdm2020.labels;

  return {
    classify(text, ruleVotes) {
      const scores = new Map<Topic, number>();
      const add = (t: Topic, v: number) => scores.set(t, (scores.get(t) ?? 0) + v);
      for (const { topic, patterns } of compiled) {
        const hits = patterns.filter((p) => p.test(text)).length;
        for (const p of patterns) p.lastIndex = 0;
        if (hits) add(topic, hits * lexiconWeight(text.length));
      }
      for (const [t, v] of ruleVotes) add(t, v * RULE_VOTE_SCALE);
      if (model) {
        for (const [label, p] of model.predict(text)) {
          const mapped = labelMap[label];
          if (mapped) add(mapped, p * modelWeight(text.length));
        }
      }
      const all = caseModel ? withCaseTopics(scores, caseModel.posterior(text), caseModel.weight) : scores;
      return { topic: bestTopic(all), scores: all };
    },
  };
}
