import { randomUUID } from 'node:crypto';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import type { CitizenTokens } from './citizen-token.js';

const DevLoginBody = z.object({
  openid: z
    .string()
    .regex(/^[A-Za-z0-9_-]{4,64}$/)
    .optional()
    .describe('a stable test identity; a new one is made when absent'),
});
/** What every citizen login answers, dev or WeChat. */
export const LoginResult = z.object({ token: z.string(), openid: z.string() });

const devLogin = createRoute({
  method: 'post',
  path: '/api/auth/dev',
  summary: '开发登录（仅在未配置 WECHAT_APP_ID 时可用）',
  request: { body: { content: { 'application/json': { schema: DevLoginBody } }, required: false } },
  responses: { 200: { description: '公民令牌', content: { 'application/json': { schema: LoginResult } } } },
});

/** Dev login for local use and tests; disappears once WeChat login is configured. */
export function registerAuthRoutes(app: OpenAPIHono, deps: { config: Config; citizenTokens: CitizenTokens }): void {
  app.openapi(devLogin, async (c) => {
    if (deps.config.WECHAT_APP_ID) throw new AppError('not_found', '没有找到这个地址。');
    const body = c.req.header('content-type')?.includes('json') ? c.req.valid('json') : {};
    const openid = body?.openid ?? `dev-${randomUUID()}`;
    return c.json({ token: deps.citizenTokens.issueCitizenToken(openid), openid }, 200);
  });
}
