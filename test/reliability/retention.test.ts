import { beforeAll, describe, expect, it } from 'vitest';
import { createStaffUser } from '../../server/src/console/index.js';
import { type PetitionAction, computeStats, transition } from '../../server/src/petitions/index.js';
import { ERASED_TEXT, runRetention } from '../../server/src/ops/retention.js';
import { ConsoleClient } from '../console/browser-less.js';
import { type TestApp, citizenToken, makePetitionApp, sampleDraft, submitRequest } from '../petitions/fixture.js';

const DAYS = 180;
const NOW = '2026-09-01T02:00:00Z';
const clerk = { id: 'staff:clerk', role: 'clerk' } as const;
const CLOSE: PetitionAction['type'][] = ['accept', 'start', 'reply', 'close'];

let t: TestApp;
const receipts: Record<'old' | 'recent' | 'open', string> = { old: '', recent: '', open: '' };
const phones = { old: '13900000001', recent: '13900000002', open: '13900000003' };
const names = { old: '王五', recent: '赵六', open: '孙七' };

async function file(key: keyof typeof receipts, at: string, actions: PetitionAction['type'][]): Promise<string> {
  t.clock.set(at);
  t.drafts.set(key, sampleDraft({ name: names[key], phone: phones[key], summary: `${names[key]}的工资被拖欠` }, [`我叫${names[key]}，电话${phones[key]}`]));
  const token = await citizenToken(t.app, `citizen-${key}`);
  const res = await t.app.request('/api/petitions', submitRequest(token, key, `submit-key-${key}`));
  expect(res.ok).toBe(true);
  const { receiptNo } = (await res.json()) as { receiptNo: string };
  for (const type of actions) {
    const action = (type === 'reply' ? { type, text: '已协调支付全部工资' } : { type }) as PetitionAction;
    await transition(t.petitions, receiptNo, action, clerk);
  }
  return receiptNo;
}

const rowOf = async (receipt: string) =>
  (await t.db.query<Record<string, unknown>>('select * from petitions where receipt_no = $1', [receipt])).rows[0];
const eventsOf = async (receipt: string) =>
  (
    await t.db.query<{ action: string; actor: string; before: Record<string, unknown>; after: Record<string, unknown> }>(
      'select e.action, e.actor, e.before, e.after from petition_events e join petitions p on p.id = e.petition_id where p.receipt_no = $1 order by e.id',
      [receipt],
    )
  ).rows;
const snapshot = async () => ({
  rows: await Promise.all(Object.values(receipts).map(rowOf)),
  events: (await t.db.query('select count(*)::int as n from petition_events')).rows,
  sessions: (await t.db.query('select id from intake_sessions order by id')).rows,
});
const stats = () => computeStats(t.db, { divisionPrefix: '', filedBy: null }, {}, new Date(NOW));

async function addSession(id: string, expiresAt: string): Promise<void> {
  await t.db.query(
    `insert into intake_sessions (id, state, personal, created_at, updated_at, expires_at) values ($1, '{}', 'sealed', $2, $2, $3)`,
    [id, '2026-01-01T00:00:00Z', expiresAt],
  );
}
const EXPIRED_SESSION = '00000000-0000-4000-8000-000000000001';
const LIVE_SESSION = '00000000-0000-4000-8000-000000000002';

beforeAll(async () => {
  t = await makePetitionApp({ now: '2026-01-05T02:00:00Z' });
  receipts.old = await file('old', '2026-01-05T02:00:00Z', CLOSE); // closed 2026-01-05, 239 days before NOW
  receipts.recent = await file('recent', '2026-06-01T02:00:00Z', CLOSE); // closed 92 days before NOW
  receipts.open = await file('open', '2026-01-06T02:00:00Z', ['accept', 'start']); // old but never closed
  await addSession(EXPIRED_SESSION, '2026-08-01T00:00:00Z');
  await addSession(LIVE_SESSION, '2026-09-02T00:00:00Z');
  t.clock.set(NOW);
});

describe('retention of closed petitions', () => {
  it('a dry run counts what is due and changes nothing', async () => {
    const before = await snapshot();
    const result = await runRetention(t.db, t.clock, DAYS, { dryRun: true });
    expect(result).toMatchObject({ petitions: 1, sessions: 1, dryRun: true });
    expect(await snapshot()).toEqual(before);
  });

  it('erases personal data of a petition closed past the window, keeps the rest and audits it', async () => {
    const statsBefore = await stats();
    const untouched = [await rowOf(receipts.recent), await rowOf(receipts.open)];
    const result = await runRetention(t.db, t.clock, DAYS);
    expect(result).toMatchObject({ petitions: 1, sessions: 1, dryRun: false });

    const purged = await rowOf(receipts.old);
    expect(purged).toMatchObject({
      name: ERASED_TEXT, summary: ERASED_TEXT, phone_enc: null, phone_index: null, id_number_enc: null,
      citizen_text_enc: null, request: null, facts: null, session_id: null, status: 'closed', topic: '劳动社保',
      route: 'labor_arbitration', division: '420702101209',
    });
    expect(JSON.stringify(purged)).not.toContain('citizen-old');
    // The earlier append-only events name the citizen's account as actor; they never held phone or name.
    const serialized = JSON.stringify([purged, await eventsOf(receipts.old)]);
    for (const secret of [phones.old, names.old]) expect(serialized).not.toContain(secret);

    const audit = (await eventsOf(receipts.old)).at(-1);
    expect(audit).toMatchObject({ action: 'retention_purge', actor: 'system' });
    expect(audit?.before).toMatchObject({ name: '***', phone: '***', citizenText: '***', summary: '***' });
    expect(audit?.after).toMatchObject({ name: ERASED_TEXT, phone: null, citizenText: null, summary: ERASED_TEXT });

    expect([await rowOf(receipts.recent), await rowOf(receipts.open)]).toEqual(untouched);
    expect(await stats()).toEqual(statsBefore);
    const sessions = (await t.db.query<{ id: string }>('select id from intake_sessions')).rows.map((r) => r.id);
    expect(sessions).toContain(LIVE_SESSION);
    expect(sessions).not.toContain(EXPIRED_SESSION);
  });

  it('a second run is a no-op', async () => {
    const before = await snapshot();
    expect(await runRetention(t.db, t.clock, DAYS)).toMatchObject({ petitions: 0, sessions: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('the console still shows a purged petition, with the purge in its timeline', async () => {
    await createStaffUser(t.db, t.clock, { username: 'boss', displayName: '区信访局', role: 'supervisor', divisionPrefix: '420702', password: 'correct-horse-battery' });
    const console = new ConsoleClient(t);
    await console.login('boss', 'correct-horse-battery');
    const page = await console.get(`/console/petitions/${receipts.old}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('按保存期限删除个人信息');
    expect(page.html).toContain(ERASED_TEXT);
    expect(page.html).not.toContain(names.old);
  });
});
