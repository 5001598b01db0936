import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../server/src/clock.js';
import { createOpenAiChat } from '../../server/src/llm/index.js';
import { createRouter, type Router } from '../../server/src/routing/index.js';
import { type FakeReply, startFakeOpenAi } from '../fakes/openai-server.js';

const BUDGET_MS = 300;
// Wage arrears: the rules put labour arbitration first, with law enforcement and the court as alternatives.
const WAGES = '厂里拖欠我三个月工资不发，我电话13812345678';

let fake: Awaited<ReturnType<typeof startFakeOpenAi>>;
let reply: FakeReply = { content: '{}' };
let rulesOnly: Router;
let withLlm: Router;

beforeAll(async () => {
  fake = await startFakeOpenAi(() => reply);
  const clock = fixedClock('2025-06-01T08:00:00Z');
  rulesOnly = createRouter({ knowledge: null, clock });
  withLlm = createRouter({
    knowledge: null,
    clock,
    llm: createOpenAiChat({ baseURL: fake.baseURL, model: 'fake', timeoutMs: 5000, maxTokens: 100 }),
    llmBudgetMs: BUDGET_MS,
  });
});
afterAll(() => fake.close());

describe('LLM second opinion on routing', () => {
  it('re-ranks to a candidate the model chooses, keeps the old primary as the next step, and masks the phone', async () => {
    reply = { content: JSON.stringify({ route: 'law_enforcement', topic: '劳动社保' }) };
    const rules = rulesOnly.decide(WAGES);
    expect(rules.route).toBe('labor_arbitration');

    const result = await withLlm.route(WAGES);
    expect(result.route).toBe('law_enforcement');
    expect(result.alternatives[0]?.route).toBe('labor_arbitration');
    expect(result.rationale).toContain('模型复核');
    const sent = JSON.stringify(fake.requests.at(-1)?.body);
    expect(sent).toContain('labor_arbitration');
    expect(sent).not.toContain('13812345678');
  });

  it.each<[string, FakeReply]>([
    ['a route outside the candidates', { content: JSON.stringify({ route: 'discipline', topic: '劳动社保' }) }],
    ['a topic outside the candidates', { content: JSON.stringify({ route: 'judicial', topic: '纪检监察' }) }],
    ['an unknown route code', { content: JSON.stringify({ route: 'emergency_now', topic: '劳动社保' }) }],
    ['malformed JSON', { content: '{"route": "judicial", ' }],
    ['a reply past the time budget', { delayMs: BUDGET_MS * 4, content: JSON.stringify({ route: 'judicial', topic: '劳动社保' }) }],
    ['a server error', { status: 500 }],
  ])('keeps the rules’ answer on %s', async (_, scripted) => {
    reply = scripted;
    const started = Date.now();
    const result = await withLlm.route(WAGES);
    expect(Date.now() - started).toBeLessThan(BUDGET_MS * 3);
    const { rationale: _r, ...expected } = rulesOnly.decide(WAGES);
    expect(result).toMatchObject({ ...expected, citations: expect.any(Array) });
    expect(result.rationale).not.toContain('模型复核');
  });

  it('does not ask the model when there is danger now', async () => {
    reply = { content: JSON.stringify({ route: 'mediation', topic: '邻里纠纷' }) };
    const before = fake.requests.length;
    const result = await withLlm.route('他拿着菜刀在门口说要砍死我，我们是因为宅基地吵起来的');
    expect(result.route).toBe('emergency');
    expect(fake.requests.length).toBe(before);
  });

  it('leaves decide() to the rules alone, so the chat path makes no model call', () => {
    const before = fake.requests.length;
    expect(withLlm.decide(WAGES).route).toBe('labor_arbitration');
    expect(fake.requests.length).toBe(before);
  });
});
