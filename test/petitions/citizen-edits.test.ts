import { beforeAll, describe, expect, it } from 'vitest';
import { findPetition, listEvents } from '../../server/src/petitions/index.js';
import { type TestApp, citizenToken, makePetitionApp, sampleDraft, submitRequest } from './fixture.js';

let t: TestApp;
beforeAll(async () => {
  t = await makePetitionApp({ now: '2026-03-02T02:00:00Z' });
});

const CHINESE = /[\u4e00-\u9fff]/;

async function submit(citizen: string, session: string, key: string, extra: Record<string, unknown> = {}) {
  const res = await t.app.request('/api/petitions', submitRequest(await citizenToken(t.app, citizen), session, key, extra));
  return { status: res.status, body: (await res.json()) as { receiptNo: string; error?: { message: string } } };
}

const petitionOf = async (receiptNo: string) => {
  const p = await findPetition(t.db, t.petitions.cipher, receiptNo);
  if (!p) throw new Error(`no petition ${receiptNo}`);
  return p;
};

const countFor = async (citizen: string) =>
  Number((await t.db.query<{ n: number }>('select count(*)::int as n from petitions where citizen_id = $1', [citizen])).rows[0]?.n);

describe('the citizen’s corrections on the 确认 page', () => {
  it('applies edited summary, request, name and phone to the petition', async () => {
    t.drafts.set('e-apply', sampleDraft({ request: null }));
    const edits = { summary: '建筑工地拖欠三个月工资一万二千元', request: '要回工资', name: '张山', phone: '139 0013 9000' };
    const { status, body } = await submit('edit-apply', 'e-apply', 'edit-key-0001', { edits, consent: true, agent: null });
    expect(status).toBe(201);
    expect(await petitionOf(body.receiptNo)).toMatchObject({
      summary: '建筑工地拖欠三个月工资一万二千元', request: '要回工资', name: '张山', phone: '13900139000',
    });
  });

  it('writes one audit event with the bot’s values before and the citizen’s after, phones masked', async () => {
    t.drafts.set('e-audit', sampleDraft({ phone: '13912345678', request: null }));
    const { body } = await submit('edit-audit', 'e-audit', 'edit-key-0002', { edits: { phone: '13800138000', request: '补发工资' } });
    const p = await petitionOf(body.receiptNo);
    const events = await listEvents(t.db, p.id);
    expect(events.map((e) => e.action)).toEqual(['citizen_edit', 'submit']);
    expect(events[0]).toMatchObject({
      actor: 'citizen:edit-audit',
      before: { phone: '139****5678', request: null },
      after: { phone: '138****8000', request: '补发工资' },
    });
    const stored = await t.db.query<{ row: string }>('select row_to_json(e)::text as row from petition_events e where petition_id = $1', [p.id]);
    expect(stored.rows.map((r) => r.row).join('\n')).not.toMatch(/13800138000|13912345678/);
  });

  it('leaves unchanged fields out of the audit and writes no edit event when nothing changed', async () => {
    const draft = sampleDraft();
    t.drafts.set('e-same', draft);
    const same = { summary: draft.draft.summary, request: draft.draft.request, name: draft.draft.name, phone: draft.draft.phone };
    const { body } = await submit('edit-same', 'e-same', 'edit-key-0003', { edits: same, consent: true });
    const events = await listEvents(t.db, (await petitionOf(body.receiptNo)).id);
    expect(events.map((e) => e.action)).toEqual(['submit']);
  });

  it('clears the request when the citizen empties it', async () => {
    t.drafts.set('e-clear', sampleDraft({ request: '要回工资' }));
    const { body } = await submit('edit-clear', 'e-clear', 'edit-key-0004', { edits: { request: '' } });
    expect((await petitionOf(body.receiptNo)).request).toBeNull();
  });

  it.each([
    ['a phone number that is not a mobile', { edits: { phone: '1380013' } }, /手机号码不正确/],
    ['a landline where a mobile is asked', { edits: { phone: '027-87654321' } }, /手机号码不正确/],
    ['a summary over 200 字', { edits: { summary: '欠'.repeat(201) } }, /最多200字/],
    ['an empty summary', { edits: { summary: '  ' } }, /摘要不能为空/],
    ['consent withheld', { consent: false }, /同意提交/],
    ['代办 without the villager’s consent', { agent: { name: '李网格', forPerson: '王大伯', consent: false } }, /当事人本人同意/],
  ])('refuses %s with a Chinese 400 and files nothing', async (_case, extra, message) => {
    const citizen = `edit-bad-${_case.length}`;
    t.drafts.set(`e-bad-${_case}`, sampleDraft());
    const { status, body } = await submit(citizen, `e-bad-${_case}`, 'edit-bad-key-01', extra);
    expect(status).toBe(400);
    expect(body.error?.message).toMatch(CHINESE);
    expect(body.error?.message).toMatch(message);
    expect(await countFor(citizen)).toBe(0);
  });

  it('requires consent for a 代办 intake understood from the chat, and records it when given', async () => {
    t.drafts.set('e-agent', sampleDraft({ agent: { name: '孟丽', forPerson: '石桂英' }, name: '石桂英' }));
    const refused = await submit('edit-agent', 'e-agent', 'edit-agent-0001');
    expect(refused.status).toBe(400);
    expect(refused.body.error?.message).toMatch(/代办/);
    const { status, body } = await submit('edit-agent', 'e-agent', 'edit-agent-0002', { agent: { name: '孟丽', forPerson: '石桂英', consent: true } });
    expect(status).toBe(201);
    expect((await petitionOf(body.receiptNo)).agent).toEqual({ name: '孟丽', forPerson: '石桂英', consent: true });
  });
});

describe('idempotency with edits', () => {
  it('answers a retry with the same key and edits with the same receipt and files once', async () => {
    t.drafts.set('i-same', sampleDraft());
    const extra = { edits: { summary: '工地欠薪一万二千元，三个月未付' }, consent: true };
    const first = await submit('idem-same', 'i-same', 'idem-key-0001', extra);
    const again = await submit('idem-same', 'i-same', 'idem-key-0001', extra);
    expect(again).toEqual(first);
    expect(await countFor('idem-same')).toBe(1);
    const events = await listEvents(t.db, (await petitionOf(first.body.receiptNo)).id);
    expect(events.map((e) => e.action)).toEqual(['citizen_edit', 'submit']);
  });

  it('files once, with one edit event, when a submit with edits is retried concurrently', async () => {
    t.drafts.set('i-conc', sampleDraft());
    const token = await citizenToken(t.app, 'idem-conc');
    const extra = { edits: { request: '补发全部工资' }, consent: true };
    const responses = await Promise.all(Array.from({ length: 8 }, () => t.app.request('/api/petitions', submitRequest(token, 'i-conc', 'idem-key-0004', extra))));
    const receipts = new Set((await Promise.all(responses.map((r) => r.json() as Promise<{ receiptNo: string }>))).map((b) => b.receiptNo));
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(201));
    expect(receipts.size).toBe(1);
    const events = await listEvents(t.db, (await petitionOf([...receipts][0] ?? '')).id);
    expect(events.map((e) => e.action)).toEqual(['citizen_edit', 'submit']);
  });

  it('answers the same key with different edits with the original petition, unchanged', async () => {
    t.drafts.set('i-diff', sampleDraft());
    const first = await submit('idem-diff', 'i-diff', 'idem-key-0002', { edits: { summary: '第一次提交的摘要内容' } });
    const second = await submit('idem-diff', 'i-diff', 'idem-key-0002', { edits: { summary: '重试时改过的摘要', phone: '13700137000' } });
    expect(second).toEqual(first);
    expect(await petitionOf(first.body.receiptNo)).toMatchObject({ summary: '第一次提交的摘要内容', phone: '13912345678' });
    expect(await countFor('idem-diff')).toBe(1);
  });

  it('answers a retry after the chat session expired with the receipt already issued', async () => {
    t.drafts.set('i-expire', sampleDraft());
    const first = await submit('idem-expire', 'i-expire', 'idem-key-0003');
    const retry = await submit('idem-expire', 'i-gone-session', 'idem-key-0003');
    expect(retry).toEqual(first);
  });
});

describe('session ids', () => {
  it.each(['not-a-uuid', 's-1', "1' or '1'='1", '00000000-0000-0000-0000-00000000000g'])(
    'refuses the session id %j with a Chinese 400, not a 500',
    async (id) => {
      const token = await citizenToken(t.app, 'bad-session');
      const res = await t.app.request('/api/petitions', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ sessionId: id, idempotencyKey: 'bad-session-key' }),
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/会话编号/);
    },
  );

  it('documents edits, consent and 代办 in the OpenAPI document', async () => {
    const doc = JSON.stringify(await (await t.app.request('/api/openapi.json')).json());
    for (const field of ['"edits"', '"consent"', '"agent"', '"forPerson"']) expect(doc).toContain(field);
  });
});
