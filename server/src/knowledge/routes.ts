import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { errorResponse } from '../openapi.js';
import type { AppDeps } from '../app.js';
import { QuestionText } from './question.js';
import { Answer, SearchHit, SearchMode } from './types.js';


const searchRoute = createRoute({
  method: 'get',
  path: '/api/search',
  summary: 'Hybrid knowledge search with each retriever’s rank and score (for debugging)',
  request: {
    query: z.object({
      q: QuestionText,
      mode: SearchMode.optional(),
      limit: z.coerce.number().int().min(1).max(50).optional(),
      superseded: z.enum(['true', 'false']).optional().describe('include superseded or revised texts'),
    }),
  },
  responses: {
    200: { description: 'passages, best first', content: { 'application/json': { schema: z.object({ hits: z.array(SearchHit) }) } } },
    400: errorResponse('bad query'),
  },
});

const askRoute = createRoute({
  method: 'post',
  path: '/api/ask',
  summary: 'Grounded answer to a citizen’s legal question, with citations best first',
  request: {
    body: { required: true, content: { 'application/json': { schema: z.object({ question: QuestionText }) } } },
  },
  responses: {
    200: {
      description: 'answer with citations',
      content: { 'application/json': { schema: Answer.pick({ answer: true, citations: true }) } },
    },
    400: errorResponse('bad question'),
  },
});

export function registerKnowledgeRoutes(app: OpenAPIHono, deps: Pick<AppDeps, 'knowledge'>): void {
  app.openapi(searchRoute, async (c) => {
    const { q, mode, limit, superseded } = c.req.valid('query');
    const hits = await deps.knowledge.search(q, { mode, limit: limit ?? 10, includeSuperseded: superseded === 'true' });
    return c.json({ hits }, 200);
  });
  app.openapi(askRoute, async (c) => {
    const { answer, citations } = await deps.knowledge.answer(c.req.valid('json').question);
    return c.json({ answer, citations }, 200);
  });
}
