import { beforeAll, describe, expect, it } from 'vitest';
import { transition } from '../../server/src/petitions/index.js';
import { type TestApp, citizenToken, makePetitionApp, sampleDraft, submitRequest } from './fixture.js';

let t: TestApp;
beforeAll(async () => {
  t = await makePetitionApp({ now: '2026-03-02T02:00:00Z' });
});

const staff = { id: 'staff:clerk', role: 'clerk' } as const;

describe('citizen petitions API', () => {
  it('submits a chat draft and answers with a receipt number and the 15-day acceptance due date', async () => {
    t.drafts.set('s-1', sampleDraft());
    const token = await citizenToken(t.app, 'citizen-a');
    const res = await t.app.request('/api/petitions', submitRequest(token, 's-1', 'key-000001'));
    expect(res.status).toBe(201);
    const body = (await res.json()) as { receiptNo: string; status: string; due: string };
    expect(body.receiptNo).toMatch(/^XF20260302-\d{6}$/);
    expect(body).toMatchObject({ status: 'submitted', due: '2026-03-17' });
  });

  it('refuses to submit without a citizen token', async () => {
    const res = await t.app.request('/api/petitions', submitRequest('forged.token', 's-1', 'key-000002'));
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
  });

  it('answers 404 for an unknown or expired chat session', async () => {
    const token = await citizenToken(t.app, 'citizen-a');
    const res = await t.app.request('/api/petitions', submitRequest(token, '00000000-0000-4000-8000-000000000000', 'key-000003'));
    expect(res.status).toBe(404);
  });

  it('lists only the citizen’s own petitions and hides others’ behind 404', async () => {
    t.drafts.set('s-b', sampleDraft({ topic: '邻里纠纷', route: 'mediation', summary: '邻居堆柴火占了通道' }));
    const a = await citizenToken(t.app, 'citizen-a');
    const b = await citizenToken(t.app, 'citizen-b');
    const created = (await (await t.app.request('/api/petitions', submitRequest(b, 's-b', 'key-b-000001'))).json()) as { receiptNo: string };
    const mineA = (await (await t.app.request('/api/petitions/mine', { headers: { authorization: `Bearer ${a}` } })).json()) as { items: { receiptNo: string }[] };
    expect(mineA.items.map((i) => i.receiptNo)).not.toContain(created.receiptNo);
    const mineB = (await (await t.app.request('/api/petitions/mine', { headers: { authorization: `Bearer ${b}` } })).json()) as { items: { receiptNo: string }[] };
    expect(mineB.items.map((i) => i.receiptNo)).toEqual([created.receiptNo]);
    const foreign = await t.app.request(`/api/petitions/${created.receiptNo}`, { headers: { authorization: `Bearer ${a}` } });
    expect(foreign.status).toBe(404);
  });

  it('shows a status timeline and accepts a rating only after the reply', async () => {
    t.drafts.set('s-r', sampleDraft({ topic: '民政救助', route: 'xinfang', summary: '低保被取消想问原因' }));
    const token = await citizenToken(t.app, 'citizen-r');
    const auth = { authorization: `Bearer ${token}` };
    const { receiptNo } = (await (await t.app.request('/api/petitions', submitRequest(token, 's-r', 'key-r-000001'))).json()) as { receiptNo: string };
    const rate = () =>
      t.app.request(`/api/petitions/${receiptNo}/rating`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ rating: '满意' }),
      });
    expect((await rate()).status).toBe(409);
    await transition(t.petitions, receiptNo, { type: 'accept' }, staff);
    await transition(t.petitions, receiptNo, { type: 'start' }, staff);
    await transition(t.petitions, receiptNo, { type: 'reply', text: '经核查，已恢复低保待遇。' }, staff);
    const rated = await rate();
    expect(rated.status).toBe(200);
    const detail = (await (await t.app.request(`/api/petitions/${receiptNo}`, { headers: auth })).json()) as {
      status: string; rating: string; reply: string; due: { resolve: string }; timeline: { action: string; status: string | null }[];
    };
    expect(detail).toMatchObject({ status: 'replied', rating: '满意', reply: '经核查，已恢复低保待遇。', due: { resolve: '2026-05-01' } });
    expect(detail.timeline.map((e) => e.action)).toEqual(['submit', 'accept', 'start', 'reply', 'rate']);
  });

  it('queues a WeChat status notice with each status change for WeChat-logged-in citizens only', async () => {
    await t.db.query(`insert into wechat_users (openid, first_login_at, last_login_at) values ('wx-openid-1', now(), now())`);
    const fileFor = async (openid: string, session: string) => {
      t.drafts.set(session, sampleDraft({ topic: '教育', summary: '校车', phone: null }));
      const token = await citizenToken(t.app, openid);
      return ((await (await t.app.request('/api/petitions', submitRequest(token, session, `${session}-key-0001`))).json()) as { receiptNo: string }).receiptNo;
    };
    const wx = await fileFor('wx-openid-1', 's-wx');
    const dev = await fileFor('dev-openid-1', 's-dev');
    await transition(t.petitions, wx, { type: 'accept' }, staff);
    await transition(t.petitions, dev, { type: 'accept' }, staff);
    const { rows } = await t.db.query<{ payload: { openid: string; receiptNo: string; status: string; title: string } }>(
      `select payload from outbox where kind = 'wechat.status_notice' order by id`,
    );
    expect(rows.map((r) => r.payload)).toEqual([expect.objectContaining({ openid: 'wx-openid-1', receiptNo: wx, status: 'accepted', title: '教育' })]);
  });

  it('turns the dev login off once WeChat is configured', async () => {
    const wechat = await makePetitionApp({ env: { WECHAT_APP_ID: 'wx123', WECHAT_APP_SECRET: 'secret' } });
    const res = await wechat.app.request('/api/auth/dev', { method: 'POST' });
    expect(res.status).toBe(404);
  });

  it('documents the citizen routes in the OpenAPI document', async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/petitions', '/api/petitions/mine', '/api/petitions/{receiptNo}', '/api/petitions/{receiptNo}/rating', '/api/auth/dev']),
    );
  });
});
