import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccessTokens } from '../../server/src/wechat/access-token.js';
import { createHttpWechatApi } from '../../server/src/wechat/http-api.js';
import { type FakeWechatServer, startFakeWechatServer } from '../fakes/wechat-server.js';

const creds = { appId: 'wx-token-test', appSecret: 's' };
let fake: FakeWechatServer;
let nowMs = Date.parse('2026-03-01T00:00:00Z');
const clock = { now: () => new Date(nowMs) };

beforeAll(async () => {
  fake = await startFakeWechatServer(creds);
});
afterAll(() => fake.close());

describe('access token cache', () => {
  const api = () => createHttpWechatApi({ ...creds, baseUrl: fake.url });

  it('fetches once for many concurrent callers', async () => {
    const before = fake.calls['/cgi-bin/stable_token'] ?? 0;
    const tokens = createAccessTokens(api(), clock);
    const seen = await Promise.all([1, 2, 3, 4].map(() => tokens.withToken(async (t) => t)));
    expect(new Set(seen).size).toBe(1);
    expect(fake.calls['/cgi-bin/stable_token']).toBe(before + 1);
  });

  it('refetches five minutes before expiry, not earlier', async () => {
    const tokens = createAccessTokens(api(), clock);
    await tokens.withToken(async (t) => t);
    const before = fake.calls['/cgi-bin/stable_token'] ?? 0;
    nowMs += 7200_000 - 6 * 60_000;
    await tokens.withToken(async (t) => t);
    expect(fake.calls['/cgi-bin/stable_token']).toBe(before);
    nowMs += 2 * 60_000;
    await tokens.withToken(async (t) => t);
    expect(fake.calls['/cgi-bin/stable_token']).toBe(before + 1);
  });

  it('recovers from a rejected token by refetching once and retrying', async () => {
    const wx = api();
    const tokens = createAccessTokens(wx, clock);
    await wx.code2Session(fake.issueCode('o-token'));
    await tokens.withToken(async (t) => t);
    fake.expireTokens();
    const result = await tokens.withToken((t) => wx.msgSecCheck(t, { openid: 'o-token', content: '你好', scene: 2 }));
    expect(result.suggest).toBe('pass');
  });
});
