// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AgentDeclaration, CitizenEdits } from '../../server/src/petitions/index.js';
import { createFakeWx, type FakeWx, type WxRequest } from './helpers/fake-wx.js';
import { exists, installWx, type Rendered, renderPage, settle, textOf } from './helpers/load-page.js';

const API = 'https://api.test';
const draft = {
  kind: '申诉求决',
  topic: '劳动社保',
  route: 'labor_arbitration',
  alternatives: [],
  level: 'county',
  body: '县劳动人事争议仲裁委员会',
  division: null,
  name: '王大伯',
  phone: '13800138000',
  people: 1,
  amount: 20000,
  previous: [],
  agent: null,
  anonymous: false,
  summary: '工地拖欠工资两万元',
  request: '要回工钱',
};

let fake: FakeWx;
let submits: Record<string, unknown>[];
let failSubmits: number;

beforeEach(() => {
  submits = [];
  failSubmits = 0;
  fake = createFakeWx(async (req: WxRequest) => {
    const path = req.url.slice(API.length);
    if (path === '/api/wechat/config') return { status: 200, body: { wechatLogin: false, subscribeTemplateIds: ['TPL-1'], speech: false } };
    if (path === '/api/auth/dev') return { status: 200, body: { token: 'tok', openid: 'dev-1' } };
    if (path === '/api/petitions') {
      submits.push({ ...(req.data as object), auth: req.header.authorization });
      if (failSubmits-- > 0) throw new Error('connection reset');
      return { status: 201, body: { receiptNo: 'XF20260301-000001', status: 'submitted', due: '2026-03-16' } };
    }
    return { status: 404, body: {} };
  });
  fake.storage.set('apiBase', API);
  fake.storage.set('chat.state', { sessionId: 'S-9', messages: [], awaiting: null, draft, returnedText: '' });
  installWx(fake);
});

const tap = async (page: Rendered, selector: string) => {
  page.querySelector(selector)?.dispatchEvent('tap');
  await settle();
};

describe('confirm page', () => {
  it('shows the draft for editing and only allows submitting after consent', async () => {
    const page = renderPage('confirm');
    expect(page.data.summary).toBe('工地拖欠工资两万元');
    expect(textOf(page.querySelector('.body'))).toBe('县劳动人事争议仲裁委员会');
    expect(page.data.canSubmit).toBe(false);
    await tap(page, '.consent');
    expect(page.data.canSubmit).toBe(true);
  });

  it('flags a wrong phone number and blocks submitting until it is fixed', async () => {
    const page = renderPage('confirm');
    await tap(page, '.consent');
    page.querySelector('.phone')?.dispatchEvent('input', { detail: { value: '1380013' } });
    await settle();
    expect(exists(page, '.phone-error')).toBe(true);
    expect(page.data.canSubmit).toBe(false);
    page.querySelector('.phone')?.dispatchEvent('input', { detail: { value: '139 0013 9000' } });
    await settle();
    expect(page.data.canSubmit).toBe(true);
  });

  it('asks for status notices, submits the edits with an idempotency key, and opens the receipt', async () => {
    const page = renderPage('confirm');
    page.querySelector('.summary')?.dispatchEvent('input', { detail: { value: '建筑工地拖欠三个月工资' } });
    await tap(page, '.consent');
    await tap(page, '.submit');
    await vi.waitFor(() => expect(fake.navigations.at(-1)).toBe('/pages/cases/cases?receiptNo=XF20260301-000001&new=1'));
    expect(fake.subscribePrompts).toEqual([['TPL-1']]);
    expect(submits).toHaveLength(1);
    expect(submits[0]).toMatchObject({
      sessionId: 'S-9',
      consent: true,
      auth: 'Bearer tok',
      edits: { summary: '建筑工地拖欠三个月工资', phone: '13800138000' },
      agent: null,
    });
    expect(String(submits[0]?.idempotencyKey).length).toBeGreaterThanOrEqual(8);
    // The shape the server accepts (its own schemas), so no correction is silently dropped.
    expect(CitizenEdits.strict().parse(submits[0]?.edits)).toEqual({ summary: '建筑工地拖欠三个月工资', request: '要回工钱', name: '王大伯', phone: '13800138000' });
    // The chat starts afresh after a successful submission.
    expect((fake.storage.get('chat.state') as { draft: unknown }).draft).toBeNull();
  });

  it('keeps the same idempotency key when a submission is retried after a network failure', async () => {
    failSubmits = 1;
    const page = renderPage('confirm');
    await tap(page, '.consent');
    await tap(page, '.submit');
    await vi.waitFor(() => expect(textOf(page.querySelector('.submit-error'))).toContain('网络不太好'));
    await tap(page, '.submit');
    await vi.waitFor(() => expect(submits).toHaveLength(2));
    expect(submits[1]?.idempotencyKey).toBe(submits[0]?.idempotencyKey);
    await vi.waitFor(() => expect(fake.navigations.at(-1)).toContain('receiptNo=XF20260301-000001'));
  });

  it('asks for the villager’s consent when the chat says the matter is filed for someone else', async () => {
    fake.storage.set('chat.state', { sessionId: 'S-9', messages: [], awaiting: null, draft: { ...draft, agent: { name: null, forPerson: '王奶奶' } }, returnedText: '' });
    const page = renderPage('confirm');
    expect(textOf(page.querySelector('.agent-consent'))).toContain('当事人已同意');
    await tap(page, '.consent');
    expect(page.data.canSubmit).toBe(false);
    await tap(page, '.agent-consent');
    await tap(page, '.submit');
    await vi.waitFor(() => expect(submits).toHaveLength(1));
    expect(submits[0]?.agent).toEqual({ name: null, forPerson: '王奶奶', consent: true });
  });

  it('in 代办 mode requires the agent to record the citizen’s consent, and sends who filed for whom', async () => {
    fake.storage.set('agent', { enabled: true, name: '李网格', forPerson: '王大伯' });
    const page = renderPage('confirm');
    expect(textOf(page.querySelector('.agent-consent'))).toContain('当事人已同意');
    await tap(page, '.consent');
    expect(page.data.canSubmit).toBe(false);
    await tap(page, '.agent-consent');
    expect(page.data.canSubmit).toBe(true);
    await tap(page, '.submit');
    await vi.waitFor(() => expect(submits).toHaveLength(1));
    expect(submits[0]?.agent).toEqual({ name: '李网格', forPerson: '王大伯', consent: true });
    expect(AgentDeclaration.strict().safeParse(submits[0]?.agent).success).toBe(true);
  });
});
