// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeWx, type FakeWx, type WxRequest } from './helpers/fake-wx.js';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { exists, installWx, MP_ROOT, renderPage, settle, textOf } from './helpers/load-page.js';

const API = 'https://api.test';

/** A scripted 说事 server: asks for the place, then for the time, then has a confirmable draft. */
function scriptedServer() {
  const said: string[] = [];
  const route = async (req: WxRequest) => {
    const path = req.url.slice(API.length);
    if (path === '/api/wechat/config') return { status: 200, body: { wechatLogin: false, subscribeTemplateIds: [], speech: false } };
    if (path !== '/api/chat') return { status: 404, body: { error: { code: 'not_found', message: '没有' } } };
    const { text } = req.data as { text: string };
    if (text.includes('骂人')) return { status: 400, body: { error: { code: 'invalid_input', message: '请换个说法再说一遍。' } } };
    said.push(text);
    const awaiting = said.length === 1 ? 'location' : said.length === 2 ? 'when' : null;
    return {
      status: 200,
      body: {
        sessionId: 'S-1',
        mode: 'intake',
        reply: awaiting === 'location' ? '在哪个村？' : awaiting === 'when' ? '什么时候开始的？' : '我整理好了，请核对。',
        awaiting,
        draft: awaiting ? null : { summary: '路灯坏了', kind: '申诉求决', topic: '城乡建设' },
        emergency: null,
        citations: [{ doc: '信访工作条例', article: '第二十二条', text: '…' }],
      },
    };
  };
  return { said, route };
}

let fake: FakeWx;
let server: ReturnType<typeof scriptedServer>;

beforeEach(() => {
  server = scriptedServer();
  fake = createFakeWx(server.route);
  fake.storage.set('apiBase', API);
  installWx(fake);
});

const type = (page: ReturnType<typeof renderPage>, value: string) => {
  page.querySelector('.input')?.dispatchEvent('input', { detail: { value } });
  page.querySelector('.send')?.dispatchEvent('tap');
};

describe('chat page', () => {
  it('carries a short exchange: bubbles, quick-reply chips for the slot asked, then 核对并提交', async () => {
    const page = renderPage('chat');
    type(page, '村口路灯坏了一个月');
    await vi.waitFor(() => expect(textOf(page.querySelectorAll('.bot').at(-1))).toContain('在哪个村'));
    expect(page.querySelectorAll('.me')).toHaveLength(1);
    expect(page.querySelectorAll('.chip')).toHaveLength(0); // no chips for a place name

    type(page, '茅圻村');
    await vi.waitFor(() => expect(page.querySelectorAll('.chip').length).toBeGreaterThan(0));
    const chip = page.querySelectorAll('.chip')[0];
    expect(textOf(chip)).toBe('今天');
    chip?.dispatchEvent('tap');

    await vi.waitFor(() => expect(exists(page, '.to-confirm')).toBe(true));
    expect(server.said).toEqual(['村口路灯坏了一个月', '茅圻村', '今天']);
    expect(textOf(page.querySelector('.cite'))).toContain('《信访工作条例》第二十二条');
    page.querySelector('.to-confirm')?.dispatchEvent('tap');
    await vi.waitFor(() => expect(fake.navigations).toContain('/pages/confirm/confirm'));
  });

  it('keeps messages typed offline, shows them as waiting, and sends them in order once back online', async () => {
    const page = renderPage('chat');
    fake.offline = true;
    type(page, '第一句');
    type(page, '第二句');
    await vi.waitFor(() => expect(exists(page, '.banner')).toBe(true));
    expect(textOf(page.querySelector('.banner'))).toContain('自动发送');
    expect(page.querySelectorAll('.waiting')).toHaveLength(1); // the second waits behind the first
    expect(server.said).toEqual([]);
    expect((fake.storage.get('chat.outgoing') as unknown[]).length).toBe(2); // survives an app restart

    fake.offline = false;
    page.querySelector('.retry')?.dispatchEvent('tap');
    await vi.waitFor(() => expect(server.said).toEqual(['第一句', '第二句']));
    await vi.waitFor(() => expect(exists(page, '.banner')).toBe(false));
    expect(page.querySelectorAll('.waiting')).toHaveLength(0);
  });

  it('sends waiting messages by itself as soon as the phone is back online', async () => {
    let app: { onLaunch(): void } | undefined;
    (globalThis as Record<string, unknown>).App = (options: { onLaunch(): void }) => {
      app = options;
    };
    createRequire(import.meta.url)(join(MP_ROOT, 'app'));
    app?.onLaunch();
    const page = renderPage('chat');
    fake.offline = true;
    type(page, '水渠堵了');
    await vi.waitFor(() => expect(page.querySelectorAll('.waiting')).toHaveLength(1));
    fake.setOnline(true);
    await vi.waitFor(() => expect(server.said).toEqual(['水渠堵了']));
    await vi.waitFor(() => expect(page.querySelectorAll('.waiting')).toHaveLength(0));
  });

  it('in 代办 mode opens the matter by saying who files for whom', async () => {
    fake.storage.set('agent', { enabled: true, name: '李红', forPerson: '王大伯' });
    const page = renderPage('chat');
    type(page, '他家低保停了');
    await vi.waitFor(() => expect(server.said).toHaveLength(1));
    type(page, '茅圻村');
    await vi.waitFor(() => expect(server.said).toHaveLength(2));
    expect(server.said).toEqual(['我是网格员李红，替王大伯反映：他家低保停了', '茅圻村']);
  });

  it('hands a refused message back to the input box instead of dropping it', async () => {
    const page = renderPage('chat');
    type(page, '我要骂人了');
    await vi.waitFor(() => expect(textOf(page.querySelector('.notice'))).toContain('换个说法'));
    expect(page.data.input).toBe('我要骂人了');
    expect(fake.storage.get('chat.outgoing')).toEqual([]);
  });

  it('restores a half-typed message after the page is closed', async () => {
    const first = renderPage('chat');
    first.querySelector('.input')?.dispatchEvent('input', { detail: { value: '我家的地被' } });
    await settle();
    first.detach();
    const again = renderPage('chat');
    expect(again.data.input).toBe('我家的地被');
  });
});
