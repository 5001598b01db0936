import { beforeAll, describe, expect, it } from 'vitest';
import type { App, AppDeps } from '../../server/src/app.js';
import type { Clock } from '../../server/src/clock.js';
import { type ChatResponse, createIntake } from '../../server/src/intake/index.js';
import { makeApp } from '../helpers/make-app.js';

// A clock the test can move, to expire sessions.
let nowMs = Date.parse('2026-11-23T09:00:00+08:00');
const clock: Clock = { now: () => new Date(nowMs) };
let app: App;
let deps: AppDeps;

beforeAll(async () => {
  ({ app, deps } = await makeApp({ clock }));
});

const post = (body: unknown) =>
  app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const chat = async (body: unknown) => {
  const res = await post(body);
  expect(res.status).toBe(200);
  return (await res.json()) as ChatResponse;
};

describe('POST /api/chat', () => {
  it('answers in the DESIGN.md shape and ties turns together by sessionId', async () => {
    const first = await chat({ text: '邻居家盖房子把墙砌到我家地基上了，占了半米多' });
    expect(Object.keys(first).sort()).toEqual(['awaiting', 'citations', 'draft', 'emergency', 'mode', 'reply', 'sessionId'].sort());
    expect(first.awaiting).toBe('location');
    const second = await chat({ sessionId: first.sessionId, text: '上栗县金山镇' });
    expect(second.sessionId).toBe(first.sessionId);
    expect(second.draft?.division).toBe('360322103');
  });

  it('loses nothing when the server restarts mid-conversation', async () => {
    const first = await chat({ text: '我叫孙立平，电话13911112222，隔壁养猪场的臭水流到我家田里，庄稼都死了' });
    const restarted = createIntake({ db: deps.db, router: deps.router, knowledge: deps.knowledge, clock, cipher: deps.cipher });
    const next = await restarted.chat({ sessionId: first.sessionId, text: '不知道' });
    expect(next.draft).toMatchObject({ name: '孙立平', phone: '13911112222' });
  });

  it('keeps personal data out of the stored session in plain text', async () => {
    const { sessionId } = await chat({ text: '我叫孙立平，电话13911112222，隔壁养猪场的臭水流到我家田里' });
    const { rows } = await deps.db.query<{ state: unknown; personal: string }>('select state, personal from intake_sessions where id = $1', [sessionId]);
    expect(JSON.stringify(rows[0])).not.toMatch(/13911112222|孙立平/);
  });

  it('refuses an unknown or expired session with a Chinese message', async () => {
    const unknown = await post({ sessionId: crypto.randomUUID(), text: '你好' });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toContain('重新开始');
    const { sessionId } = await chat({ text: '你好' });
    nowMs += 8 * 86_400_000;
    expect((await post({ sessionId, text: '村里的路坏了' })).status).toBe(404);
  });

  it.each([
    [{ text: '' }, 400],
    [{ text: '字'.repeat(1001) }, 400],
    [{ sessionId: 'not-a-session', text: '你好' }, 400],
    [{ sessionId: 42, text: '你好' }, 400],
    [{ words: '你好' }, 400],
  ])('answers bad input %j with a 4xx, never a 500', async (body, status) => {
    const res = await post(body);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each(['🙂🙂🙂', '\u0001\u0002', '<img src=x onerror=alert(1)>', "'; drop table intake_sessions; --", '   '])(
    'answers odd text %j with a clear reply',
    async (text) => {
      const r = await chat({ text });
      expect(r.reply).toMatch(/[\u4e00-\u9fff]/);
      expect(r.reply).not.toContain('<img');
    },
  );

  it('refuses a second message of the same session sent while the first is being handled (409, not a lost update)', async () => {
    const { sessionId } = await chat({ text: '隔壁养猪场的臭水流到我家田里，庄稼都死了' });
    const statuses = (await Promise.all([post({ sessionId, text: '上栗县金山镇' }), post({ sessionId, text: '我叫孙立平' })])).map((r) => r.status);
    expect(statuses.sort()).toEqual([200, 409]);
    expect((await post({ sessionId, text: '不知道' })).status).toBe(200);
  });

  it('answers a legal question in ask mode with citations from the corpus', async () => {
    const r = await chat({ text: '请问对行政处罚不服，多长时间内可以申请行政复议？' });
    expect(r.mode).toBe('ask');
    expect(r.citations.some((c) => c.doc.includes('行政复议法'))).toBe(true);
  });

  it('answers a yes-no question about fees from the article that gives the answer', async () => {
    const r = await chat({ text: '村里调解委员会调解要交钱不' });
    expect(r.mode).toBe('ask');
    expect(r.citations[0]).toMatchObject({ doc: '人民调解法', article: '第四条' });
  });

  it('hands a confirmable draft to petitions with the routing basis', async () => {
    let r = await chat({ text: '我叫孙立平，电话13911112222，我是上栗县金山镇的，隔壁邻居把墙砌到我家地基上了，希望他把墙拆了' });
    r = await chat({ sessionId: r.sessionId, text: '没有找过别人' });
    expect(r.awaiting).toBeNull();
    const handed = await deps.intake.getSessionDraft(r.sessionId);
    expect(handed?.draft).toMatchObject({ name: '孙立平', division: '360322103' });
    expect(handed?.citizenText.join()).toContain('地基');
  });

  it('keeps the citizen’s own words for the clerk: their script, numbers masked, full-width digits too', async () => {
    let r = await chat({ text: '我叫孫立平，電話１３９１１１１２２２２，我是上栗縣金山鎮的，鄰居把牆砌到我家地基上了，希望他把牆拆了' });
    r = await chat({ sessionId: r.sessionId, text: '沒有找過別人' });
    expect(r.awaiting).toBeNull();
    const handed = await deps.intake.getSessionDraft(r.sessionId);
    const words = handed?.citizenText.join('\n') ?? '';
    expect(words).toContain('鄰居把牆砌到我家地基上了，希望他把牆拆了');
    expect(words).toContain('139****2222');
    expect(words).not.toMatch(/13911112222|１３９１１１１２２２２/);
    expect(handed?.draft.facts).toContain('邻居把墙砌到我家地基上了');
  });

  it.each(['not-a-session', 's-1', "x' or 1=1 --", '00000000-0000-0000-0000-00000000000g', ''])(
    'treats the malformed session id %j as unknown in the domain, without touching the uuid column',
    async (id) => {
      expect(await deps.intake.getSessionDraft(id)).toBeNull();
      await expect(deps.intake.chat({ sessionId: id || 'x', text: '你好' })).rejects.toMatchObject({ code: 'not_found' });
    },
  );

  it('is listed in the OpenAPI document', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(doc.paths['/api/chat']).toBeDefined();
  });
});
