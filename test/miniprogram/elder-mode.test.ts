// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { createFakeWx, type FakeWx } from './helpers/fake-wx.js';
import { installWx, renderPage, settle, textOf } from './helpers/load-page.js';

let fake: FakeWx;
beforeEach(() => {
  fake = createFakeWx(async () => ({ status: 200, body: { wechatLogin: false, subscribeTemplateIds: [], speech: false } }));
  installWx(fake);
});

const rootClass = (page: ReturnType<typeof renderPage>) => page.querySelector('.page')?.dom?.className ?? '';

describe('长辈模式', () => {
  it('is switched on from the home page, remembered, and enlarges the page with fewer words', async () => {
    const home = renderPage('home');
    const normalIntro = textOf(home.querySelector('.intro'));
    expect(rootClass(home)).not.toMatch(/elder/);
    home.querySelector('.elder-switch')?.dispatchEvent('change', { detail: { value: true } });
    await settle();
    expect(fake.storage.get('elderMode')).toBe(true);
    expect(rootClass(home)).toMatch(/elder/);
    const elderIntro = textOf(home.querySelector('.intro'));
    expect(elderIntro.length).toBeLessThan(normalIntro.length / 3);
  });

  it.each(['chat', 'confirm', 'cases', 'privacy'])('applies to the %s page', (name) => {
    fake.storage.set('elderMode', true);
    expect(rootClass(renderPage(name))).toMatch(/elder/);
  });

  it('uses a short placeholder in chat', () => {
    fake.storage.set('elderMode', true);
    const chat = renderPage('chat');
    expect(chat.data.placeholder).toBe('在这里说');
  });
});
