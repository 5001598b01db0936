import { z } from 'zod';

export const SearchMode = z.enum(['hybrid', 'lexical', 'dense']);
export type SearchMode = z.infer<typeof SearchMode>;

/** One retrieved passage, with each retriever's rank and score so fusion can be inspected. */
export const SearchHit = z.object({
  chunkId: z.number().int(),
  docId: z.string(),
  doc: z.string().describe('the name the text is cited by, e.g. 行政复议法 (front-matter title without 中华人民共和国 and version)'),
  docTitle: z.string().describe('full front-matter title, e.g. 中华人民共和国行政复议法（2023年修订）'),
  article: z.string().nullable().describe('e.g. 第三十一条; null for non-article sections'),
  chapter: z.string().nullable(),
  text: z.string(),
  status: z.string(),
  current: z.boolean(),
  score: z.number().describe('fused score (RRF) or the single retriever score, times the question-intent factor (1 + 0.5 per kind of answer asked that the text gives)'),
  lexical: z.object({ rank: z.number().int(), score: z.number() }).nullable(),
  dense: z.object({ rank: z.number().int(), score: z.number() }).nullable(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export interface SearchOptions {
  limit?: number;
  mode?: SearchMode;
  /** Superseded/revised texts are excluded unless asked for. */
  includeSuperseded?: boolean;
  /** Restrict to these documents (short or full titles). */
  docs?: string[];
}

export const Citation = z.object({
  doc: z.string(),
  article: z.string().nullable(),
  text: z.string(),
});
export type Citation = z.infer<typeof Citation>;

export const Answer = z.object({
  answer: z.string(),
  citations: z.array(Citation),
  grounded: z.boolean().describe('false when retrieval was too weak to answer from the texts'),
  source: z.enum(['extractive', 'llm']),
});
export type Answer = z.infer<typeof Answer>;

/** What other modules (intake, routing) may ask of the knowledge base. */
export interface Knowledge {
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  /** One article of a document by short or full title, e.g. ('信访工作条例', '第三十一条'); current texts first. */
  getArticle(doc: string, article: string): Promise<SearchHit | null>;
  answer(question: string): Promise<Answer>;
}
