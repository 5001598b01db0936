import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { type CitizenTokens, LoginResult } from '../auth/index.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/index.js';
import { AppError } from '../errors.js';
import { recordContentCheck } from './content-check.js';
import { WechatError, WechatUnavailable } from './types.js';
import type { Wechat } from './wechat.js';

const WechatLoginBody = z.object({ code: z.string().min(1).max(128).describe('wx.login() 得到的临时登录凭证') });
const ClientConfig = z.object({
  wechatLogin: z.boolean().describe('true: 用 wx.login + /api/auth/wechat；false: 开发登录 /api/auth/dev'),
  subscribeTemplateIds: z.array(z.string()),
  speech: z.boolean().describe('服务端语音识别是否可用；不可用时小程序隐藏语音按钮'),
});

const wechatLogin = createRoute({
  method: 'post',
  path: '/api/auth/wechat',
  summary: '微信登录（code2session），返回公民令牌',
  request: { body: { content: { 'application/json': { schema: WechatLoginBody } }, required: true } },
  responses: { 200: { description: '公民令牌', content: { 'application/json': { schema: LoginResult } } } },
});

const clientConfig = createRoute({
  method: 'get',
  path: '/api/wechat/config',
  summary: '小程序启动时读取的开关',
  responses: { 200: { description: '开关', content: { 'application/json': { schema: ClientConfig } } } },
});

function loginError(err: unknown): AppError {
  if (err instanceof WechatUnavailable) return new AppError('unavailable', '微信服务暂时连不上，请稍后再试。');
  if (err instanceof WechatError && err.errcode === 45011) return new AppError('rate_limited', '登录太频繁了，请稍等一分钟再试。');
  if (err instanceof WechatError && err.errcode === 40226) return new AppError('forbidden', '当前微信账号暂时无法登录。');
  return new AppError('unauthorized', '登录凭证已失效，请重新进入小程序。');
}

const bearerToken = (header: string | undefined) => (header?.startsWith('Bearer ') ? header.slice(7).trim() : '');

/**
 * WeChat login, the mini-program's start-up switches, and content security on citizen chat text.
 * Register before the intake routes: the check runs as middleware in front of POST /api/chat.
 */
export function registerWechatRoutes(
  app: OpenAPIHono,
  deps: { db: Db; clock: Clock; citizenTokens: CitizenTokens; wechat: Wechat | null },
): void {
  const { wechat } = deps;

  app.openapi(wechatLogin, async (c) => {
    if (!wechat) throw new AppError('not_found', '未配置微信登录，请使用开发登录。');
    const { code } = c.req.valid('json');
    const session = await wechat.login(code).catch((err: unknown) => {
      throw loginError(err);
    });
    return c.json({ token: deps.citizenTokens.issueCitizenToken(session.openid), openid: session.openid }, 200);
  });

  app.openapi(clientConfig, (c) =>
    c.json({ wechatLogin: wechat !== null, subscribeTemplateIds: wechat?.subscribeTemplateIds ?? [], speech: false }, 200),
  );

  if (!wechat) return;
  app.use('/api/chat', async (c, next) => {
    const openid = c.req.method === 'POST' ? deps.citizenTokens.verifyCitizenToken(bearerToken(c.req.header('authorization'))) : null;
    const body: unknown = openid ? await c.req.json().catch(() => null) : null;
    const text = body && typeof body === 'object' && 'text' in body && typeof body.text === 'string' ? body.text : '';
    if (!openid || !text.trim()) return next();
    const sessionId = body && typeof body === 'object' && 'sessionId' in body && typeof body.sessionId === 'string' ? body.sessionId : null;
    const result = await wechat.content.check({ openid, content: text });
    if (result.verdict === 'risky') {
      await recordContentCheck(deps.db, deps.clock, { subject: sessionId ?? 'chat', openid, ...result });
      throw new AppError('invalid_input', '这段话里有不适合发送的内容，请换个说法再说一遍。');
    }
    await next();
    if (result.verdict === 'pass' || c.res.status >= 400) return;
    const answered = (await c.res.clone().json().catch(() => null)) as { sessionId?: unknown } | null;
    const subject = sessionId ?? (typeof answered?.sessionId === 'string' ? answered.sessionId : 'chat');
    await recordContentCheck(deps.db, deps.clock, { subject, openid, ...result });
  });
}
