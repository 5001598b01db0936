// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeWx, type FakeWx, type WxRequest } from './helpers/fake-wx.js';
import { exists, installWx, renderPage, textOf } from './helpers/load-page.js';

const API = 'https://api.test';
const petition = (status: string, statusLabel: string, rating: string | null = null) => ({
  receiptNo: 'XF20260301-000007',
  status,
  statusLabel,
  topic: '城乡建设',
  routeLabel: '信访',
  body: '东沟镇综治中心',
  summary: '村口路灯损坏',
  request: '尽快修好',
  submittedAt: '2026-03-01T02:00:00Z',
  due: { accept: '2026-03-16', resolve: '2026-05-15' },
  reply: status === 'replied' ? '已安排电工维修' : null,
  reason: null,
  rating,
  timeline: [
    { at: '2026-03-01T02:00:00Z', action: 'submit', label: '提交', status: 'submitted' },
    { at: '2026-03-03T02:00:00Z', action: 'accept', label: '受理', status: 'accepted' },
  ],
});

let fake: FakeWx;
let current: ReturnType<typeof petition>;
let ratings: unknown[];

beforeEach(() => {
  current = petition('replied', '已答复');
  ratings = [];
  fake = createFakeWx(async (req: WxRequest) => {
    const path = req.url.slice(API.length);
    if (path === '/api/wechat/config') return { status: 200, body: { wechatLogin: false, subscribeTemplateIds: [], speech: false } };
    if (path === '/api/auth/dev') return { status: 200, body: { token: 'tok', openid: 'dev-1' } };
    if (path === '/api/petitions/mine') return { status: 200, body: { items: [current] } };
    if (path.endsWith('/rating')) {
      ratings.push(req.data);
      current = { ...current, rating: (req.data as { rating: string }).rating };
      return { status: 200, body: {} };
    }
    if (path.startsWith('/api/petitions/')) return { status: 200, body: current };
    return { status: 404, body: {} };
  });
  fake.storage.set('apiBase', API);
  installWx(fake);
});

describe('我的事项', () => {
  it('lists the citizen’s matters and opens one with its timeline and deadlines', async () => {
    const page = renderPage('cases');
    await vi.waitFor(() => expect(page.querySelectorAll('.item')).toHaveLength(1));
    page.querySelector('.item')?.dispatchEvent('tap');
    await vi.waitFor(() => expect(exists(page, '.detail')).toBe(true));
    expect(page.querySelectorAll('.step').map(textOf)).toEqual(['提交2026-03-01', '受理2026-03-03']);
    expect(textOf(page.querySelector('.due-resolve'))).toBe('2026-05-15 前');
    expect(textOf(page.querySelector('.reply'))).toContain('已安排电工维修');
  });

  it('lets the citizen rate a replied matter once', async () => {
    const page = renderPage('cases', { receiptNo: 'XF20260301-000007' });
    await vi.waitFor(() => expect(page.querySelectorAll('.rate')).toHaveLength(3));
    page.querySelectorAll('.rate')[0]?.dispatchEvent('tap');
    await vi.waitFor(() => expect(textOf(page.querySelector('.rated'))).toContain('满意'));
    expect(ratings).toEqual([{ rating: '满意' }]);
    expect(page.querySelectorAll('.rate')).toHaveLength(0);
  });

  it('offers no rating before the matter is answered', async () => {
    current = petition('accepted', '已受理');
    const page = renderPage('cases', { receiptNo: 'XF20260301-000007' });
    await vi.waitFor(() => expect(exists(page, '.detail')).toBe(true));
    expect(page.querySelectorAll('.rate')).toHaveLength(0);
  });

  it('says the network is poor instead of showing an empty list when offline', async () => {
    fake.offline = true;
    const page = renderPage('cases');
    await vi.waitFor(() => expect(textOf(page.querySelector('.load-error'))).toContain('网络不太好'));
    expect(exists(page, '.empty')).toBe(false);
  });
});
