import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppDeps } from '../app.js';
import { errorResponse } from '../openapi.js';
import { maskPersonalData } from '../privacy/index.js';
import { RoutingResult } from './types.js';


const routeCaseRoute = createRoute({
  method: 'post',
  path: '/api/route',
  summary: 'Which legal route fits a matter: kind, topic, route, alternatives, body, level, deadlines, citations',
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: z.object({ text: z.string().trim().min(1, '请说说是什么事').max(2000, '内容太长了，请精简到2000字以内') }) } },
    },
  },
  responses: {
    200: { description: 'the routing decision with its legal bases', content: { 'application/json': { schema: RoutingResult } } },
    400: errorResponse('bad input'),
  },
});

export function registerRoutingRoutes(app: OpenAPIHono, deps: Pick<AppDeps, 'router'>): void {
  app.openapi(routeCaseRoute, async (c) => {
    // Phone and ID numbers play no part in routing; keep them out of the decision and its rationale.
    const result = await deps.router.route(maskPersonalData(c.req.valid('json').text));
    return c.json(result, 200);
  });
}
