import { z } from 'zod';
import { fillTemplate, loadPromptTemplate } from '../prompt-template.js';
import type { ChatLlm } from '../llm/index.js';
import { logger } from '../log.js';
import type { TopicScores } from './topic.js';
import { RouteCode, type RouteOption, Topic } from './types.js';

/** What the model must answer; anything else (or a choice outside the candidates) leaves the rules' answer. */
const Choice = z.object({ route: RouteCode, topic: Topic });
export type SecondOpinionChoice = z.infer<typeof Choice>;

export interface Candidates {
  /** The engine's primary route first, then its alternatives. */
  routes: RouteOption[];
  topics: Topic[];
}

export interface SecondOpinion {
  /** A validated choice among the candidates, or null when the rules' answer should stand. */
  choose(text: string, candidates: Candidates): Promise<SecondOpinionChoice | null>;
}

const DEFAULT_BUDGET_MS = 4000;
const MAX_TOPICS = 3;
/** A topic the classifier gives less than this share of the winner's score is not a real candidate. */
const TOPIC_SHARE = 0.5;

/** The classifier's chosen topic first, then close runners-up. */
export function topicCandidates(scores: TopicScores, chosen: Topic): Topic[] {
  const best = scores.scores.get(chosen) ?? 0;
  const close = [...scores.scores.entries()]
    .filter(([topic, score]) => topic !== chosen && score > 0 && score >= best * TOPIC_SHARE)
    .sort((a, b) => b[1] - a[1])
    .map(([topic]) => topic);
  return [chosen, ...close].slice(0, MAX_TOPICS);
}

/** Asks the model to pick among the engine's candidates; bounded by `budgetMs`, never throws. */
export function createSecondOpinion(llm: ChatLlm, options: { promptsDir: string; budgetMs?: number }): SecondOpinion {
  const prompt = loadPromptTemplate(options.promptsDir, 'routing-second-opinion');
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  return {
    async choose(text, candidates) {
      if (candidates.routes.length < 2 && candidates.topics.length < 2) return null;
      const routeList = candidates.routes.map((o) => `- ${o.route}：${o.body}（${o.reason}）`).join('\n');
      let timer: NodeJS.Timeout | undefined;
      try {
        const call = llm.complete({
          json: true,
          messages: [
            { role: 'system', content: prompt.system },
            { role: 'user', content: fillTemplate(prompt.user, { message: text, routes: routeList, topics: candidates.topics.join('、') }) },
          ],
        });
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('second opinion over budget')), budgetMs);
        });
        const parsed = Choice.safeParse(JSON.parse(await Promise.race([call, timeout])));
        if (!parsed.success) throw new Error('second opinion did not match the schema');
        const { route, topic } = parsed.data;
        if (!candidates.routes.some((o) => o.route === route) || !candidates.topics.includes(topic)) {
          throw new Error(`second opinion chose outside the candidates: ${route} / ${topic}`);
        }
        return parsed.data;
      } catch (err) {
        logger.warn('routing second opinion skipped; rules stand', { error: err instanceof Error ? err : String(err) });
        return null;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
