import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config.js';
import type { Db } from '../../server/src/db/index.js';
import { createWechat, enqueueStatusNotice, type Wechat } from '../../server/src/wechat/index.js';
import { fitField } from '../../server/src/wechat/fields.js';
import { statusMessageData } from '../../server/src/wechat/subscribe.js';
import { type FakeWechatServer, startFakeWechatServer } from '../fakes/wechat-server.js';
import { makeTestDb } from '../helpers/db.js';

const creds = { appId: 'wx-subscribe', appSecret: 'sec' };
let fake: FakeWechatServer;
let db: Db;
let wechat: Wechat;
let nowMs = Date.parse('2026-03-01T06:30:00Z');
const clock = { now: () => new Date(nowMs) };

beforeAll(async () => {
  fake = await startFakeWechatServer(creds);
  fake.allowTemplate('TPL-STATUS');
  db = await makeTestDb();
  const config = loadConfig({
    WECHAT_APP_ID: creds.appId,
    WECHAT_APP_SECRET: creds.appSecret,
    WECHAT_API_BASE: fake.url,
    WECHAT_STATUS_TEMPLATE_ID: 'TPL-STATUS',
  });
  wechat = createWechat(config, { db, clock, random: () => 0.5 }) as Wechat;
});
afterAll(() => fake.close());

describe('subscribe message fields', () => {
  it.each([
    ['thing', '路灯坏了', '路灯坏了'],
    ['phrase', '不予受理', '不予受理'],
    ['phrase', '已受理(2)', '已受理'],
    ['character_string', 'XF-2026-000123 号', 'XF-2026-000123'],
  ] as const)('fits %s %s', (type, input, expected) => {
    expect(fitField(type, input)).toBe(expected);
  });

  it('cuts a long thing to 19 characters plus an ellipsis', () => {
    const long = '关于村口路灯长期损坏无人维修影响夜间出行安全的问题';
    const fitted = fitField('thing', long);
    expect(Array.from(fitted)).toHaveLength(20);
    expect(fitted).toBe(`${Array.from(long).slice(0, 19).join('')}…`);
  });

  it('writes time in China time as WeChat expects', () => {
    expect(fitField('time', new Date('2026-03-01T16:05:00Z'))).toBe('2026年3月2日 00:05');
  });

  it('builds every template field within its limit', () => {
    const data = statusMessageData({
      openid: 'o',
      receiptNo: 'XF20260301000001',
      status: 'accepted',
      title: '劳动社保：拖欠工资三个月共计两万元需要帮助追讨',
      at: '2026-03-01T06:30:00.000Z',
    });
    expect(data).toEqual({
      character_string1: 'XF20260301000001',
      thing2: '劳动社保：拖欠工资三个月共计两万元需要…',
      phrase3: '已受理',
      time4: '2026年3月1日 14:30',
      thing5: '点击查看办理进度',
    });
  });
});

describe('status notices through the outbox', () => {
  it('queues notices only for openids that logged in through WeChat', async () => {
    const at = clock.now();
    expect(await enqueueStatusNotice(db, { openid: 'dev-123', receiptNo: 'R1', status: 'accepted', title: '路灯', at })).toBe(false);
    await wechat.login(fake.issueCode('o-villager'));
    expect(await enqueueStatusNotice(db, { openid: 'o-villager', receiptNo: 'R1', status: 'accepted', title: '路灯', at })).toBe(true);
  });

  it('delivers a queued notice to WeChat, retrying after an outage', async () => {
    fake.failNext(1, 'http500');
    expect(await wechat.worker.drainOnce()).toMatchObject({ sent: 0, retried: 1 });
    expect(fake.sent).toHaveLength(0);
    nowMs += 40_000;
    expect(await wechat.worker.drainOnce()).toMatchObject({ sent: 1 });
    expect(fake.sent).toHaveLength(1);
    expect(fake.sent[0]).toMatchObject({
      touser: 'o-villager',
      template_id: 'TPL-STATUS',
      page: 'pages/cases/cases?receiptNo=R1',
      miniprogram_state: 'formal',
      data: { phrase3: { value: '已受理' }, character_string1: { value: 'R1' } },
    });
  });

  it('stops retrying when the citizen has no subscription left (43101-like permanent errors)', async () => {
    await wechat.login(fake.issueCode('o-unknown-to-send'));
    await enqueueStatusNotice(db, { openid: 'o-unknown-to-send', receiptNo: 'R2', status: 'closed', title: '路灯', at: clock.now() });
    fake.allowTemplate('other');
    // The fake knows the openid (it logged in), so make the template unknown to trigger 40037.
    const config = loadConfig({
      WECHAT_APP_ID: creds.appId,
      WECHAT_APP_SECRET: creds.appSecret,
      WECHAT_API_BASE: fake.url,
      WECHAT_STATUS_TEMPLATE_ID: 'TPL-REMOVED',
    });
    const misconfigured = createWechat(config, { db, clock }) as Wechat;
    expect(await misconfigured.worker.drainOnce()).toMatchObject({ sent: 0, failed: 1, retried: 0 });
  });
});
