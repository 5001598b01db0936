import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { MAX_MESSAGE_CHARS } from './normalize-message.js';
import type { Intake } from './service.js';
import { ChatResponse } from './types.js';

const ErrorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
const errors = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } });

const ChatRequest = z.object({
  sessionId: z.string().uuid('会话编号格式不对，请重新开始说事。').optional(),
  text: z
    .string({ message: '请输入要说的话。' })
    .min(1, '请输入要说的话。')
    .max(MAX_MESSAGE_CHARS, `一次说的话太长了（最多${MAX_MESSAGE_CHARS}字），请分几次说。`),
});

const chatRoute = createRoute({
  method: 'post',
  path: '/api/chat',
  summary: 'One chat turn: extract what was said, ask the one missing thing, or show the draft to confirm',
  request: { body: { required: true, content: { 'application/json': { schema: ChatRequest } } } },
  responses: {
    200: { description: 'the bot’s reply and the current draft', content: { 'application/json': { schema: ChatResponse } } },
    400: errors('empty, over-long or malformed message'),
    404: errors('unknown or expired session'),
    409: errors('another message of the same session is still being handled'),
  },
});

export function registerIntakeRoutes(app: OpenAPIHono, intake: Intake): void {
  app.openapi(chatRoute, async (c) => c.json(await intake.chat(c.req.valid('json')), 200));
}
