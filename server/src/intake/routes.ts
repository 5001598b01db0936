import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { errorResponse } from '../openapi.js';
import { MAX_MESSAGE_CHARS } from './normalize-message.js';
import type { Intake } from './service.js';
import { ChatResponse } from './types.js';


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
    400: errorResponse('empty, over-long or malformed message'),
    404: errorResponse('unknown or expired session'),
    409: errorResponse('another message of the same session is still being handled'),
  },
});

export function registerIntakeRoutes(app: OpenAPIHono, intake: Intake): void {
  app.openapi(chatRoute, async (c) => c.json(await intake.chat(c.req.valid('json')), 200));
}
