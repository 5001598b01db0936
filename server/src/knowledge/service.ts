import { join } from 'node:path';
import type { Queryable } from '../db/index.js';
import type { ChatLlm, Embedder } from '../llm/index.js';
import { logger } from '../log.js';
import { extractiveAnswer, synthesizeAnswer } from './answer.js';
import { loadPromptTemplate } from '../prompt-template.js';
import { type ChunkRow, createSearcher, hitFromRow } from './search.js';
import { loadQuestionIntents } from './question-intents.js';
import type { Knowledge, SearchHit } from './types.js';
import { textToolsFor } from './text-tools.js';

const ANSWER_PASSAGES = 6;

export interface KnowledgeDeps {
  db: Queryable;
  embedder: Embedder;
  llm: ChatLlm | null;
  knowledgeDir?: string;
  promptsDir?: string;
}

/** The knowledge base as other modules see it: hybrid search, article lookup, grounded answers. */
export function createKnowledge(deps: KnowledgeDeps): Knowledge {
  const knowledgeDir = deps.knowledgeDir ?? './knowledge';
  const { glossary, tokenizer } = textToolsFor(knowledgeDir);
  const intents = loadQuestionIntents(knowledgeDir);
  const searcher = createSearcher({ db: deps.db, embedder: deps.embedder, tokenizer, glossary, intents });
  const answerPrompt = deps.llm ? loadPromptTemplate(deps.promptsDir ?? join(knowledgeDir, '..', 'prompts'), 'answer') : null;

  return {
    search: (query, options) => searcher.search(query, options),

    async getArticle(doc, article) {
      const rows = (
        await deps.db.query<ChunkRow>(
          `select c.id, c.doc_id, d.title, d.short_title, c.article, c.chapter, c.text, d.status, d.current
           from kb_chunks c join kb_documents d on d.id = c.doc_id
           where (d.title = $1 or d.short_title = $1) and c.article = $2 order by d.current desc limit 1`,
          [doc, article],
        )
      ).rows;
      const r = rows[0];
      return r ? { ...hitFromRow(r), score: 1, lexical: null, dense: null } : null;
    },

    async answer(question) {
      const hits: SearchHit[] = await searcher.search(question, { limit: ANSWER_PASSAGES });
      const fallback = extractiveAnswer(hits);
      if (!deps.llm || !answerPrompt || !fallback.grounded) return fallback;
      try {
        const synthesized = await synthesizeAnswer(deps.llm, answerPrompt, question, hits);
        if (synthesized) return synthesized;
        logger.warn('LLM answer rejected by citation check; using extractive answer');
      } catch (err) {
        logger.warn('LLM answer failed; using extractive answer', { error: err });
      }
      return fallback;
    },
  };
}
