import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { Db } from '../db/index.js';
import { AppError } from '../errors.js';
import type { ChatLlm } from '../llm/index.js';
import type { FieldCipher } from '../privacy/index.js';
import { caseFacts, takeTurn } from './dialogue.js';
import { buildDraft } from './draft.js';
import { createLlmExtractor } from './llm-extract.js';
import type { IntakeKnowledge, IntakeRouter } from './ports.js';
import { type IntakeSpec, loadIntakeSpec } from './spec.js';
import { createSessionStore, type StoredSession } from './sessions.js';
import { newSessionState } from './state.js';
import type { ChatResponse, Draft } from './types.js';

export interface IntakeDeps {
  db: Db;
  router: IntakeRouter;
  knowledge: IntakeKnowledge;
  clock: Clock;
  cipher: FieldCipher;
  llm?: ChatLlm | null;
  spec?: IntakeSpec;
  /** How long the LLM may take to help with one message before rules alone answer. */
  llmBudgetMs?: number;
}

export interface SessionDraft {
  draft: Draft;
  citizenText: string[];
  rationale: string | null;
  citations: { doc: string; article: string | null; text: string }[];
}

export interface Intake {
  chat(input: { sessionId?: string; text: string }): Promise<ChatResponse>;
  /** The confirmable draft of a session, with the routing basis, for petitions to submit; null otherwise. */
  getSessionDraft(sessionId: string): Promise<SessionDraft | null>;
}

const EXPIRED = '这次对话已过期或不存在，请重新开始说事。';
const ANSWER_CACHE_LIMIT = 256;

/** The corpus only changes at start-up (ingest), so answers to the same question can be reused. */
function cachedAnswers(knowledge: IntakeKnowledge): IntakeKnowledge {
  const answers = new Map<string, ReturnType<IntakeKnowledge['answer']>>();
  return {
    answer(question) {
      const hit = answers.get(question);
      if (hit) return hit;
      const answer = knowledge.answer(question);
      answers.set(question, answer);
      answer.catch(() => answers.delete(question));
      if (answers.size > ANSWER_CACHE_LIMIT) answers.delete(answers.keys().next().value as string);
      return answer;
    },
  };
}

export function createIntake(deps: IntakeDeps): Intake {
  const spec = deps.spec ?? loadIntakeSpec();
  const store = createSessionStore(deps.db, deps.cipher);
  const llmExtractor = deps.llm ? createLlmExtractor(deps.llm, spec, { now: () => deps.clock.now(), budgetMs: deps.llmBudgetMs ?? 4000 }) : null;
  const dialogueDeps = { router: deps.router, knowledge: cachedAnswers(deps.knowledge), clock: deps.clock, spec, llmExtractor };

  return {
    async chat({ sessionId, text }) {
      const now = deps.clock.now();
      let session: StoredSession | null;
      if (sessionId) {
        session = await store.load(sessionId, now);
        if (!session) throw new AppError('not_found', EXPIRED);
      } else {
        session = { id: randomUUID(), version: 0, state: newSessionState() };
      }
      const reply = await takeTurn(session.state, text, dialogueDeps);
      await store.save(session, deps.clock.now());
      return { sessionId: session.id, ...reply };
    },

    async getSessionDraft(sessionId) {
      const session = await store.load(sessionId, deps.clock.now());
      if (!session || session.state.dialogue.awaiting !== null) return null;
      const draft = buildDraft(session.state, spec);
      if (!draft) return null;
      const routed = await deps.router.route(session.state.dialogue.matter.join('\n'), caseFacts(session.state));
      const { spoken, matter } = session.state.dialogue;
      // A session begun before the citizen's own words were kept falls back to the normalised text.
      return { draft, citizenText: spoken.length === matter.length ? spoken : matter, rationale: routed.rationale, citations: routed.citations };
    },
  };
}
