import { createHash } from 'node:crypto';
import { type AppDeps, createApp, petitionContext } from '../../server/src/app.js';
import type { Clock } from '../../server/src/clock.js';
import { loadConfig } from '../../server/src/config.js';
import type { Db } from '../../server/src/db/index.js';
import { createLocalEmbedder } from '../../server/src/knowledge/index.js';
import type { PetitionContext, SessionDraft } from '../../server/src/petitions/index.js';
import { assembleDeps } from '../../server/src/runtime.js';
import { makeTestDb } from '../helpers/db.js';

export const TEST_DATA_KEY = Buffer.alloc(32, 7);

export interface SettableClock extends Clock {
  set(iso: string): void;
  advanceDays(days: number): void;
}

export function settableClock(iso: string): SettableClock {
  let now = new Date(iso);
  return {
    now: () => new Date(now),
    set: (next) => {
      now = new Date(next);
    },
    advanceDays: (days) => {
      now = new Date(now.getTime() + days * 86_400_000);
    },
  };
}

/** A confirmed draft as intake would hand it over; fields overridable per test. */
export function sampleDraft(overrides: Partial<SessionDraft['draft']> = {}, citizenText?: string[]): SessionDraft {
  return {
    draft: {
      kind: '申诉求决',
      topic: '劳动社保',
      route: 'labor_arbitration',
      alternatives: [
        { route: 'law_enforcement', body: '梁子湖区人社局劳动保障监察', reason: '也可投诉欠薪', basis: [{ doc: '保障农民工工资支付条例', article: '第四十九条' }] },
      ],
      level: 'county',
      body: '梁子湖区劳动人事争议仲裁委员会',
      division: '420702101209',
      name: '张三',
      phone: '13912345678',
      people: 3,
      amount: 12000,
      previous: [],
      agent: null,
      anonymous: false,
      summary: '在工地干了三个月，老板拖欠工资一万二千元',
      request: '要回工资',
      facts: '去年十月到十二月在镇上工地干活',
      ...overrides,
    },
    citizenText: citizenText ?? ['老板欠我工钱一万二，三个月了', '我电话13912345678'],
    rationale: '与用人单位之间的工资争议，属于劳动争议，先申请劳动仲裁。',
    citations: [{ doc: '劳动争议调解仲裁法', article: '第二十七条', text: '劳动争议申请仲裁的时效期间为一年。' }],
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Session ids are UUIDs; tests name scripted sessions ('s-dup1') and get a stable UUID for each name. */
export function sessionId(name: string): string {
  if (UUID.test(name)) return name;
  const hex = createHash('sha256').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Scripted chat drafts by session name, served to petitions as intake would serve them. */
export class ScriptedDrafts {
  private readonly byId = new Map<string, SessionDraft>();
  set(name: string, draft: SessionDraft): void {
    this.byId.set(sessionId(name), draft);
  }
  get(id: string): SessionDraft | undefined {
    return this.byId.get(id);
  }
}

export interface TestApp {
  app: ReturnType<typeof createApp>;
  db: Db;
  clock: SettableClock;
  drafts: ScriptedDrafts;
  petitions: PetitionContext;
  deps: AppDeps;
}

/** The whole app on a fresh test database, with a settable clock and an in-memory DraftSource. */
export async function makePetitionApp(options: { now?: string; env?: Record<string, string> } = {}): Promise<TestApp> {
  const db = await makeTestDb();
  const clock = settableClock(options.now ?? '2026-03-02T02:00:00Z');
  const drafts = new ScriptedDrafts();
  const config = loadConfig({ DATA_DIR: '/nonexistent', DATA_KEY: TEST_DATA_KEY.toString('hex'), ...options.env });
  const assembled = assembleDeps(config, { db, embedder: createLocalEmbedder(), llm: null, clock });
  const deps: AppDeps = {
    ...assembled,
    // Scripted drafts first; real chat sessions still work through intake.
    drafts: { getSessionDraft: async (id) => drafts.get(id) ?? assembled.drafts.getSessionDraft(id) },
  };
  const petitions = petitionContext(deps);
  return { app: createApp(deps), db, clock, drafts, petitions, deps };
}

export async function citizenToken(app: TestApp['app'], openid: string): Promise<string> {
  const res = await app.request('/api/auth/dev', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ openid }),
  });
  return ((await res.json()) as { token: string }).token;
}

/** A submit from the 确认 page; `extra` carries edits, consent and 代办 as the mini-program sends them. */
export function submitRequest(token: string, session: string, idempotencyKey: string, extra: Record<string, unknown> = {}): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ sessionId: sessionId(session), idempotencyKey, ...extra }),
  };
}
