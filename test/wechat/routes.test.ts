import { OpenAPIHono } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCitizenTokens } from '../../server/src/auth/index.js';
import { loadConfig } from '../../server/src/config.js';
import type { Db } from '../../server/src/db/index.js';
import { AppError, errorBody } from '../../server/src/errors.js';
import { contentFlags, createWechat, registerWechatRoutes, type Wechat } from '../../server/src/wechat/index.js';
import { type FakeWechatServer, startFakeWechatServer } from '../fakes/wechat-server.js';
import { makeTestDb } from '../helpers/db.js';

const creds = { appId: 'wx-routes', appSecret: 'sec' };
const clock = { now: () => new Date('2026-03-01T00:00:00Z') };
const citizenTokens = createCitizenTokens(Buffer.alloc(32, 7), clock);
let fake: FakeWechatServer;
let db: Db;
let chatCalls: string[];

function buildApp(wechat: Wechat | null) {
  const app = new OpenAPIHono();
  registerWechatRoutes(app, { db, clock, citizenTokens, wechat });
  // Stand-in for the intake route: echoes a session id like POST /api/chat does.
  app.post('/api/chat', async (c) => {
    const body = (await c.req.json()) as { text: string; sessionId?: string };
    chatCalls.push(body.text);
    return c.json({ sessionId: body.sessionId ?? 'S-new', reply: '收到' });
  });
  app.onError((err, c) => (err instanceof AppError ? c.json(errorBody(err.code, err.message), err.status) : c.json({}, 500)));
  return app;
}

const post = (app: OpenAPIHono, path: string, body: unknown, token?: string) =>
  app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  fake = await startFakeWechatServer(creds);
  db = await makeTestDb();
});
afterAll(() => fake.close());

describe('WeChat login and client switches', () => {
  const config = () => loadConfig({ WECHAT_APP_ID: creds.appId, WECHAT_APP_SECRET: creds.appSecret, WECHAT_API_BASE: fake.url });

  it('turns a wx.login code into a citizen token for that openid', async () => {
    const app = buildApp(createWechat(config(), { db, clock }));
    const res = await post(app, '/api/auth/wechat', { code: fake.issueCode('o-login') });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { token: string; openid: string };
    expect(body.openid).toBe('o-login');
    expect(citizenTokens.verifyCitizenToken(body.token)).toBe('o-login');
  });

  it.each<[string, () => string, 'http500' | undefined, number]>([
    ['a used or invalid code', () => 'bogus', undefined, 401],
    ['WeChat being down', () => fake.issueCode('o-x'), 'http500', 503],
  ])('answers %s with a Chinese error', async (_name, code, failure, status) => {
    const app = buildApp(createWechat(config(), { db, clock }));
    if (failure) fake.failNext(1, failure);
    const res = await post(app, '/api/auth/wechat', { code: code() });
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('is absent without WECHAT_APP_ID, and the client is told to use dev login', async () => {
    const app = buildApp(null);
    expect((await post(app, '/api/auth/wechat', { code: 'x' })).status).toBe(404);
    const cfg = await (await app.request('/api/wechat/config')).json();
    expect(cfg).toEqual({ wechatLogin: false, subscribeTemplateIds: [], speech: false });
  });
});

describe('content security on citizen chat text', () => {
  let app: OpenAPIHono;
  let token: string;
  beforeAll(async () => {
    chatCalls = [];
    const wechat = createWechat(
      loadConfig({ WECHAT_APP_ID: creds.appId, WECHAT_APP_SECRET: creds.appSecret, WECHAT_API_BASE: fake.url }),
      { db, clock },
    ) as Wechat;
    app = buildApp(wechat);
    const res = await post(app, '/api/auth/wechat', { code: fake.issueCode('o-chat') });
    token = ((await res.json()) as { token: string }).token;
    fake.flagContent('违禁词', 'risky', 20006);
    fake.flagContent('要审核', 'review', 21000);
  });

  it('passes clean text to intake without recording anything', async () => {
    const res = await post(app, '/api/chat', { sessionId: 'S1', text: '村口路灯坏了' }, token);
    expect(res.status).toBe(200);
    expect(chatCalls).toContain('村口路灯坏了');
    expect(await contentFlags(db, 'S1')).toEqual([]);
  });

  it('stops risky text before intake (so staff never see it) and asks to rephrase', async () => {
    const res = await post(app, '/api/chat', { sessionId: 'S2', text: '这里有违禁词' }, token);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('换个说法');
    expect(chatCalls).not.toContain('这里有违禁词');
    expect(await contentFlags(db, 'S2')).toEqual([{ suggest: 'risky', label: 20006 }]);
  });

  it('lets text for review through and flags the session the server assigned', async () => {
    const res = await post(app, '/api/chat', { text: '这句要审核' }, token);
    expect(res.status).toBe(200);
    expect(await contentFlags(db, 'S-new')).toEqual([{ suggest: 'review', label: 21000 }]);
  });

  it('fails open when WeChat is down: the message goes through, flagged unchecked', async () => {
    fake.failNext(1, 'drop');
    const res = await post(app, '/api/chat', { sessionId: 'S3', text: '水渠堵了' }, token);
    expect(res.status).toBe(200);
    expect(chatCalls).toContain('水渠堵了');
    expect(await contentFlags(db, 'S3')).toEqual([{ suggest: 'unchecked', label: null }]);
  });
});
