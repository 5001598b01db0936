import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpWechatApi } from '../../server/src/wechat/http-api.js';
import { WechatError, WechatUnavailable } from '../../server/src/wechat/types.js';
import { type FakeWechatServer, startFakeWechatServer } from '../fakes/wechat-server.js';

const creds = { appId: 'wx0123456789abcdef', appSecret: 'secret-123' };
let fake: FakeWechatServer;

beforeAll(async () => {
  fake = await startFakeWechatServer(creds);
});
afterAll(() => fake.close());

const api = () => createHttpWechatApi({ ...creds, baseUrl: fake.url, timeoutMs: 1000 });

describe('HTTP WeChat API against the fake server', () => {
  it('exchanges a login code for the openid, once', async () => {
    const code = fake.issueCode('o-alice');
    await expect(api().code2Session(code)).resolves.toEqual({ openid: 'o-alice' });
    await expect(api().code2Session(code)).rejects.toMatchObject({ errcode: 40163 });
  });

  it('reports an unknown code as a permanent WeChat error', async () => {
    const err = await api().code2Session('nope').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WechatError);
    expect((err as WechatError).permanent).toBe(true);
  });

  it('rejects a wrong secret', async () => {
    const bad = createHttpWechatApi({ ...creds, appSecret: 'wrong', baseUrl: fake.url });
    await expect(bad.stableAccessToken(false)).rejects.toMatchObject({ errcode: 40125 });
  });

  it('gets the same stable token until a forced refresh', async () => {
    const a = await api().stableAccessToken(false);
    const b = await api().stableAccessToken(false);
    const c = await api().stableAccessToken(true);
    expect(a.token).toBe(b.token);
    expect(c.token).not.toBe(a.token);
    expect(a.expiresInSeconds).toBe(7200);
  });

  it.each([
    ['http500', 'a gateway error'],
    ['busy', 'errcode -1 (system busy)'],
    ['drop', 'a dropped connection'],
  ] as const)('treats %s as WeChat being unavailable (%s)', async (failure, _meaning) => {
    fake.failNext(1, failure);
    await expect(api().stableAccessToken(false)).rejects.toBeInstanceOf(WechatUnavailable);
  });

  it('checks text with msg_sec_check v2 and returns the verdict', async () => {
    await api().code2Session(fake.issueCode('o-bob'));
    fake.flagContent('坏词', 'risky', 20003);
    const { token } = await api().stableAccessToken(false);
    await expect(api().msgSecCheck(token, { openid: 'o-bob', content: '路灯坏了', scene: 2 })).resolves.toMatchObject({
      suggest: 'pass',
      label: 100,
    });
    await expect(api().msgSecCheck(token, { openid: 'o-bob', content: '你这个坏词', scene: 2 })).resolves.toMatchObject({
      suggest: 'risky',
      label: 20003,
    });
  });

  it('sends a subscribe message with values wrapped as {value}', async () => {
    await api().code2Session(fake.issueCode('o-carol'));
    fake.allowTemplate('TPL');
    const { token } = await api().stableAccessToken(false);
    await api().sendSubscribeMessage(token, { touser: 'o-carol', templateId: 'TPL', data: { thing2: '路灯维修' } });
    expect(fake.sent.at(-1)).toMatchObject({ touser: 'o-carol', template_id: 'TPL', data: { thing2: { value: '路灯维修' } } });
  });

  it('surfaces a field that breaks its rule as errcode 47003', async () => {
    const { token } = await api().stableAccessToken(false);
    const long = '这是一个明显超过二十个字的事项标题用来测试字段长度限制';
    await expect(
      api().sendSubscribeMessage(token, { touser: 'o-carol', templateId: 'TPL', data: { thing2: long } }),
    ).rejects.toMatchObject({ errcode: 47003 });
  });
});
