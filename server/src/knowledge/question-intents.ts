import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * What a question asks for (a deadline, a fee, a recusal…) and the wording an article uses when it answers
 * that: 多少天 is answered by "…之日起十五日内", 要交钱吗 by "不收取费用". Search matches the situation; these
 * re-rank its candidates by the kind of answer the citizen wants.
 */
const IntentFile = z.object({
  about: z.string().optional(),
  /** Each answered intent multiplies a candidate's score by (1 + boost). */
  boost: z.number().positive(),
  intents: z
    .array(
      z.object({
        name: z.string().min(1),
        /** Regex over the normalised question (Simplified, lower case). */
        ask: z.string().min(1),
        /** Phrases of the article's own text (not its aliases) that give this kind of answer. */
        answer: z.array(z.string().min(1)).min(1),
      }),
    )
    .min(1),
});

export interface AskedIntents {
  /** Phrase lists, one per intent the question asks; an article answers an intent by containing one phrase. */
  answers: readonly (readonly string[])[];
  boost: number;
}

export interface QuestionIntents {
  asked(question: string): AskedIntents;
}

const QUESTION_INTENTS_FILE = 'question-intents.json';

export function loadQuestionIntents(knowledgeDir: string): QuestionIntents {
  const file = IntentFile.parse(JSON.parse(readFileSync(join(knowledgeDir, QUESTION_INTENTS_FILE), 'utf8')));
  const intents = file.intents.map((i) => ({ ask: new RegExp(i.ask, 'u'), answer: i.answer }));
  return {
    asked: (question) => ({ answers: intents.filter((i) => i.ask.test(question)).map((i) => i.answer), boost: file.boost }),
  };
}

/** Score multiplier for an article text: 1 + boost per asked intent it answers. */
export function intentFactor(asked: AskedIntents, text: string): number {
  return 1 + asked.boost * asked.answers.filter((phrases) => phrases.some((p) => text.includes(p))).length;
}
