import { beforeAll, describe, expect, it } from 'vitest';
import { dueAfter, extendDeadline, findPetition, transition } from '../../server/src/petitions/index.js';
import { type TestApp, citizenToken, makePetitionApp, sampleDraft, submitRequest } from './fixture.js';

let t: TestApp;
beforeAll(async () => {
  t = await makePetitionApp({ now: '2026-03-02T02:00:00Z' });
});

const count = async (sql: string, params: unknown[]) => Number((await t.db.query<{ n: number }>(sql, params)).rows[0]?.n);

describe('submitting a petition', () => {
  it('makes exactly one petition when the same submit is retried concurrently', async () => {
    t.drafts.set('s-conc', sampleDraft());
    const token = await citizenToken(t.app, 'retry-citizen');
    const responses = await Promise.all(
      Array.from({ length: 12 }, () => t.app.request('/api/petitions', submitRequest(token, 's-conc', 'retry-key-0001'))),
    );
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as { receiptNo: string }[];
    expect(responses.map((r) => r.status)).toEqual(Array(12).fill(201));
    expect(new Set(bodies.map((b) => b.receiptNo)).size).toBe(1);
    expect(await count('select count(*)::int as n from petitions where citizen_id = $1', ['retry-citizen'])).toBe(1);
    expect(await count(`select count(*)::int as n from petition_events e join petitions p on p.id = e.petition_id where p.citizen_id = $1`, ['retry-citizen'])).toBe(1);
  });

  it('makes separate petitions for separate keys', async () => {
    t.drafts.set('s-two', sampleDraft({ topic: '城乡建设', summary: '村里道路坑洼' }));
    const token = await citizenToken(t.app, 'two-keys');
    const a = (await (await t.app.request('/api/petitions', submitRequest(token, 's-two', 'two-key-0001'))).json()) as { receiptNo: string };
    const b = (await (await t.app.request('/api/petitions', submitRequest(token, 's-two', 'two-key-0002'))).json()) as { receiptNo: string };
    expect(a.receiptNo).not.toBe(b.receiptNo);
  });

  it('links a near-duplicate (same phone, same town, same topic) to the first petition', async () => {
    t.drafts.set('s-dup1', sampleDraft({ phone: '13800001111', name: '李四', division: '420702101209' }));
    t.drafts.set('s-dup2', sampleDraft({ phone: '13800001111', name: '李四', division: '420702101201', summary: '工资还是没给' }));
    t.drafts.set('s-other', sampleDraft({ phone: '13800001111', name: '李四', topic: '教育', summary: '孩子上学' }));
    const first = (await (await t.app.request('/api/petitions', submitRequest(await citizenToken(t.app, 'dup-a'), 's-dup1', 'dup-key-0001'))).json()) as { receiptNo: string };
    const second = (await (await t.app.request('/api/petitions', submitRequest(await citizenToken(t.app, 'dup-b'), 's-dup2', 'dup-key-0002'))).json()) as { receiptNo: string };
    const other = (await (await t.app.request('/api/petitions', submitRequest(await citizenToken(t.app, 'dup-c'), 's-other', 'dup-key-0003'))).json()) as { receiptNo: string };
    const p1 = await findPetition(t.db, t.petitions.cipher, first.receiptNo);
    const p2 = await findPetition(t.db, t.petitions.cipher, second.receiptNo);
    const p3 = await findPetition(t.db, t.petitions.cipher, other.receiptNo);
    expect(p1?.duplicateOf).toBeNull();
    expect(p2?.duplicateOf).toBe(p1?.id);
    expect(p3?.duplicateOf).toBeNull();
  });

  it('rejects an invalid phone number instead of storing it', async () => {
    t.drafts.set('s-badphone', sampleDraft({ phone: '1234' }));
    const res = await t.app.request('/api/petitions', submitRequest(await citizenToken(t.app, 'bad-phone'), 's-badphone', 'bad-key-0001'));
    expect(res.status).toBe(400);
  });
});

describe('deadlines (calendar days, counted from the day after receipt)', () => {
  it.each([
    ['2026-03-02T02:00:00Z', 15, '2026-03-17'],
    ['2026-03-01T17:30:00Z', 15, '2026-03-17'], // 01:30 on 3月2日 in China
    ['2026-02-20T08:00:00Z', 15, '2026-03-07'], // across February
    ['2026-12-20T08:00:00Z', 60, '2027-02-18'],
  ])('received %s + %i days is due %s', (at, days, due) => {
    expect(dueAfter(new Date(at), days)).toBe(due);
  });

  it('sets the 60-day handling due date on acceptance and allows at most 30 days of extension', async () => {
    t.drafts.set('s-due', sampleDraft({ topic: '农村农业', summary: '承包地被占' }));
    const { receiptNo } = (await (await t.app.request('/api/petitions', submitRequest(await citizenToken(t.app, 'due-dates'), 's-due', 'due-key-0001'))).json()) as { receiptNo: string };
    t.clock.set('2026-03-10T03:00:00Z');
    const clerk = { id: 'staff:c', role: 'clerk' } as const;
    const accepted = await transition(t.petitions, receiptNo, { type: 'accept' }, clerk);
    expect(accepted.resolveDue).toBe('2026-05-09');
    const extended = await extendDeadline(t.petitions, receiptNo, 20, '需要现场测量', { id: 'staff:s', role: 'supervisor' });
    expect(extended.resolveDue).toBe('2026-05-29');
    await expect(extendDeadline(t.petitions, receiptNo, 11, '再延期', { id: 'staff:s', role: 'supervisor' })).rejects.toThrow(/30日/);
  });
});
