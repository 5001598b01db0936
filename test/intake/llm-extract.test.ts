import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractAll } from '../../server/src/intake/extract/index.js';
import { createLlmExtractor, maskForLlm } from '../../server/src/intake/llm-extract.js';
import { normalizeMessage } from '../../server/src/intake/normalize-message.js';
import { loadIntakeSpec } from '../../server/src/intake/spec.js';
import { fixedClock } from '../../server/src/clock.js';
import { createIntake } from '../../server/src/intake/index.js';
import { createOpenAiChat } from '../../server/src/llm/index.js';
import { createFieldCipher } from '../../server/src/privacy/index.js';
import { type FakeReply, startFakeOpenAi } from '../fakes/openai-server.js';
import { makeTestDb } from '../helpers/db.js';
import { knowledgeDouble, routerDouble } from './router-double.js';

const spec = loadIntakeSpec();
const NOW = new Date('2025-06-18T04:00:00Z');
let script: FakeReply = { content: '{}' };
let fake: Awaited<ReturnType<typeof startFakeOpenAi>>;

beforeAll(async () => {
  fake = await startFakeOpenAi(() => script);
});
afterAll(() => fake.close());

const extractor = () =>
  createLlmExtractor(createOpenAiChat({ baseURL: fake.baseURL, model: 'fake', timeoutMs: 2000, maxTokens: 300 }), spec, {
    now: () => NOW,
    budgetMs: 300,
  });

const MESSAGE = normalizeMessage('我叫范春花，电话13912345678，厂里拖欠我们一伙人的工资，大伙都急了').text;
const rules = () => extractAll(MESSAGE, { awaiting: null, now: NOW });

describe('LLM extraction', () => {
  it('fills what the rules missed, masks personal data on the way out and restores it after', async () => {
    script = { content: JSON.stringify({ people: 12, request: '[姓名1]要求厂里补发工资', phone: '13000000000', name: '王五' }) };
    const refined = await extractor().refine(MESSAGE, rules(), null);
    expect(refined).toMatchObject({ people: 12, request: '范春花要求厂里补发工资' });
    // Rules win every conflict.
    expect(refined).toMatchObject({ phone: '13912345678', name: '范春花' });
    const sent = JSON.stringify(fake.requests.at(-1)?.body.messages);
    expect(sent).not.toMatch(/13912345678|范春花/);
  });

  it.each<[string, FakeReply]>([
    ['malformed JSON', { content: '{"people": 12,' }],
    ['a schema mismatch', { content: '{"people": "很多"}' }],
    ['a server error', { status: 500 }],
    ['a reply slower than the budget', { delayMs: 1500, content: '{"people": 12}' }],
  ])('falls back to the rules on %s', async (_, reply) => {
    script = reply;
    const started = Date.now();
    const refined = await extractor().refine(MESSAGE, rules(), null);
    expect(refined).toEqual(rules());
    expect(Date.now() - started).toBeLessThan(1400);
  });

  it('leaves short answers to the rules without calling the model', async () => {
    const before = fake.requests.length;
    const short = extractAll('不知道', { awaiting: 'when', now: NOW });
    expect(await extractor().refine('不知道', short, 'when')).toBe(short);
    expect(fake.requests.length).toBe(before);
  });

  it('masks phone and ID numbers and known names with placeholders that restore exactly', () => {
    const { masked, restore } = maskForLlm('范春花 13912345678 11010519491231002X', ['范春花']);
    expect(masked).toBe('[姓名1] [号码1] [号码2]');
    expect(restore(masked)).toBe('范春花 13912345678 11010519491231002X');
  });
});

describe('chat with an LLM configured', () => {
  it('uses the model’s proposal in the draft and never sends the phone number', async () => {
    const intake = createIntake({
      db: await makeTestDb(),
      router: routerDouble(),
      knowledge: knowledgeDouble(),
      clock: fixedClock('2025-06-18T12:00:00+08:00'),
      cipher: createFieldCipher(Buffer.alloc(32, 3)),
      llm: createOpenAiChat({ baseURL: fake.baseURL, model: 'fake', timeoutMs: 2000, maxTokens: 300 }),
    });
    script = { content: JSON.stringify({ people: 14 }) };
    const r = await intake.chat({ text: '电话13912345678，砖厂的污水流进了鱼塘，一伙人养的鱼都死光了' });
    expect(r.draft?.people).toBe(14);
    expect(r.draft?.phone).toBe('13912345678');
    expect(JSON.stringify(fake.requests.at(-1)?.body)).not.toContain('13912345678');
  });
});
