// @vitest-environment jsdom
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { App, AppDeps } from '../../server/src/app.js';
import { createStaffUser } from '../../server/src/console/index.js';
import { type FakeWechatServer, startFakeWechatServer } from '../fakes/wechat-server.js';
import { makeApp } from '../helpers/make-app.js';
import { createFakeWx, type FakeWx, httpRoute } from './helpers/fake-wx.js';
import { exists, installWx, type Rendered, renderPage, settle, textOf } from './helpers/load-page.js';

const APP_ID = 'wx-e2e-app';
const OPENID = 'o-e2e-villager';
const TEMPLATE = 'TPL-STATUS-E2E';

/** A villager persona (made up for this test): answers by the slot the assistant asks for. */
const OPENING = '我在县城一个建筑工地干了三个月活，包工头一直拖着工钱不给，一共两万四千块';
const ANSWERS: Record<string, string> = {
  facts: '干完活以后包工头说没钱，一直拖着不给',
  when: '去年十月开始干的，十二月底完工',
  location: '鄂州市梁子湖区东沟镇茅圻村',
  name: '王建国',
  phone: '13800138000',
  request: '要回拖欠的工钱',
  previous: '没有反映过',
  people: '就我一个',
  amount: '两万四千元',
};

const EDITED_REQUEST = '要回拖欠的两万四千元工钱，另外补偿误工';

let fake: FakeWechatServer;
let app: App;
let deps: AppDeps;
let base: string;
let stopServer: () => void;
let wx: FakeWx;

beforeAll(async () => {
  fake = await startFakeWechatServer({ appId: APP_ID, appSecret: 'e2e-secret' });
  fake.allowTemplate(TEMPLATE);
  ({ app, deps } = await makeApp({
    env: { WECHAT_APP_ID: APP_ID, WECHAT_APP_SECRET: 'e2e-secret', WECHAT_API_BASE: fake.url, WECHAT_STATUS_TEMPLATE_ID: TEMPLATE },
  }));
  await createStaffUser(deps.db, deps.clock, {
    username: 'e2e-clerk',
    displayName: '梁子湖区信访局',
    role: 'clerk',
    divisionPrefix: '420702',
    password: 'e2e-password-123',
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  stopServer = () => server.close();
  wx = createFakeWx(httpRoute(), { loginCode: () => fake.issueCode(OPENID) });
  wx.storage.set('apiBase', base);
  installWx(wx);
}, 120_000);

afterAll(async () => {
  stopServer?.();
  await fake?.close();
});

/** Logs in to the staff console over HTTP (CSRF double-submit) and returns a cookie-carrying fetch. */
async function consoleSession() {
  const jar = new Map<string, string>();
  const call = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(base + path, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as object), cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [k, v] = (pair ?? '').split('=');
      if (k) jar.set(k, v ?? '');
    }
    return res;
  };
  const csrfOf = (html: string) => /name="_csrf"[^>]*value="([^"]+)"/.exec(html)?.[1] ?? '';
  const loginPage = await (await call('/console/login')).text();
  const form = (fields: Record<string, string>) => ({
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
  const login = await call('/console/login', form({ username: 'e2e-clerk', password: 'e2e-password-123', _csrf: csrfOf(loginPage) }));
  expect(login.status).toBe(303);
  return { call, csrfOf, form };
}

async function converse(chat: Rendered): Promise<number> {
  const say = async (text: string) => {
    const before = chat.querySelectorAll('.bot').length;
    chat.querySelector('.input')?.dispatchEvent('input', { detail: { value: text } });
    chat.querySelector('.send')?.dispatchEvent('tap');
    await vi.waitFor(() => expect(chat.querySelectorAll('.bot').length).toBeGreaterThan(before), { timeout: 10_000 });
  };
  await say(OPENING);
  let questions = 0;
  const state = () => wx.storage.get('chat.state') as { awaiting: string | null; draft: unknown };
  while (state().awaiting && questions < 12) {
    questions++;
    await say(ANSWERS[state().awaiting ?? ''] ?? '不知道');
  }
  return questions;
}

describe('the mini-program against the real server', () => {
  it('files a petition from chat to WeChat status notice', async () => {
    // Chat: opening message, then the questions the assistant asks.
    const chat = renderPage('chat');
    const questions = await converse(chat);
    expect(questions).toBeLessThan(12);
    await vi.waitFor(() => expect(exists(chat, '.to-confirm')).toBe(true));
    expect(fake.calls['/sns/jscode2session']).toBe(1); // logged in through WeChat
    expect(fake.calls['/wxa/msg_sec_check']).toBeGreaterThan(questions); // every message checked

    // Confirm and submit.
    chat.querySelector('.to-confirm')?.dispatchEvent('tap');
    await vi.waitFor(() => expect(wx.navigations).toContain('/pages/confirm/confirm'));
    const confirm = renderPage('confirm');
    expect(confirm.data.phone).toBe('13800138000');
    // The villager corrects the draft before submitting; the clerk must see the corrected words.
    confirm.querySelector('.request')?.dispatchEvent('input', { detail: { value: EDITED_REQUEST } });
    confirm.querySelector('.phone')?.dispatchEvent('input', { detail: { value: '139 0013 9000' } });
    confirm.querySelector('.consent')?.dispatchEvent('tap');
    await settle();
    confirm.querySelector('.submit')?.dispatchEvent('tap');
    await vi.waitFor(() => expect(wx.navigations.at(-1)).toMatch(/^\/pages\/cases\/cases\?receiptNo=/), { timeout: 10_000 });
    expect(wx.subscribePrompts).toEqual([[TEMPLATE]]);
    const receiptNo = decodeURIComponent(/receiptNo=([^&]+)/.exec(wx.navigations.at(-1) ?? '')?.[1] ?? '');

    // 我的事项 shows it as submitted, with a due date.
    const cases = renderPage('cases', { receiptNo, new: '1' });
    await vi.waitFor(() => expect(textOf(cases.querySelector('.receipt-no'))).toBe(receiptNo));
    expect(textOf(cases.querySelector('.status'))).toContain('已提交');
    await vi.waitFor(() => expect(cases.data.items).toHaveLength(1));

    // The staff console lists it; the clerk accepts it.
    const staff = await consoleSession();
    const queue = await (await staff.call('/console')).text();
    expect(queue).toContain(receiptNo);
    const detail = await (await staff.call(`/console/petitions/${receiptNo}`)).text();
    expect(detail).toContain(EDITED_REQUEST);
    expect(detail).toContain('群众在提交前修改草稿');
    expect(detail).not.toContain('13800138000'); // the audit shows phones masked
    const accepted = await staff.call(`/console/petitions/${receiptNo}/accept`, staff.form({ _csrf: staff.csrfOf(detail) }));
    expect(accepted.status).toBeLessThan(400);

    // The status change reaches WeChat as a subscribe message through the outbox.
    expect(fake.sent).toHaveLength(0);
    expect(await deps.wechat?.worker.drainOnce()).toMatchObject({ sent: 1 });
    expect(fake.sent[0]).toMatchObject({
      touser: OPENID,
      template_id: TEMPLATE,
      data: { character_string1: { value: receiptNo }, phrase3: { value: '已受理' } },
    });

    // And 我的事项 shows the new status and the handling deadline.
    const again = renderPage('cases', { receiptNo });
    await vi.waitFor(() => expect(textOf(again.querySelector('.status'))).toContain('已受理'));
    expect(textOf(again.querySelector('.due-resolve'))).toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
