import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoPetitions, seedDemoStaff } from '../../server/src/cli/demo-seed.js';
import { type TestApp, citizenToken, makePetitionApp, submitRequest } from '../petitions/fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`SKIPPED console browser test: ${CHROMIUM} not found (apt-get install -y chromium)`);

const PASSWORD = 'e2e-password-123';
const OUT = 'test-results';

describe.skipIf(!hasChromium)('staff console in a browser', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let close: () => void;
  let receiptNo: string;
  let botTopic: string;

  beforeAll(async () => {
    t = await makePetitionApp({ now: '2026-03-02T02:00:00Z' });
    await seedDemoStaff(t.db, t.clock, PASSWORD);
    await seedDemoPetitions(t.db, t.deps.cipher, t.clock.now(), 60);
    // A real bot draft: a villager chats with the intake assistant in Traditional script, then submits.
    const chat = await chatUntilDraft(t, '村裡修路的包工頭欠我三個月工錢，一共八千塊，一直拖著不給');
    botTopic = chat.topic;
    const token = await citizenToken(t.app, 'e2e-citizen');
    const submitted = await t.app.request('/api/petitions', submitRequest(token, chat.sessionId, 'e2e-key-0001'));
    expect(submitted.status).toBe(201);
    receiptNo = ((await submitted.json()) as { receiptNo: string }).receiptNo;
    const server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    mkdirSync(OUT, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    close?.();
  });

  it('lets a clerk correct a bot draft, accept it, download the notice and see the statistics change', async () => {
    const context = await browser.newContext({ acceptDownloads: true, javaScriptEnabled: false, viewport: { width: 1360, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/console`);
    await expect(page.url()).toContain('/console/login');
    await page.fill('#username', 'donggou');
    await page.fill('#password', PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForURL(`${base}/console`);
    await page.screenshot({ path: `${OUT}/console-queue.png`, fullPage: true });

    const timelyBefore = await readRate(page, base, '及时受理率');

    await page.goto(`${base}/console`);
    await page.fill('#q', receiptNo);
    await page.click('form.filters button[type=submit]');
    await page.click(`a:has-text("${receiptNo}")`);
    // The clerk reads the citizen's own words (their script) beside the normalised draft.
    await expect(await page.textContent('section.card')).toContain('包工頭欠我三個月工錢，一共八千塊');
    const corrected = botTopic === '劳动社保' ? '城乡建设' : '劳动社保';
    await page.selectOption('#topic', corrected);
    await page.click('button:has-text("保存修改")');
    await expect(await page.textContent('.banner.ok')).toContain('修改已保存');
    await expect(await page.textContent('table:last-of-type')).toContain(`类别：${corrected}`);

    await page.click('button:has-text("受理")');
    await expect(await page.textContent('h1')).toContain('已受理');
    await page.screenshot({ path: `${OUT}/console-petition.png`, fullPage: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a:has-text("受理告知书")')]);
    expect(download.suggestedFilename()).toContain('受理告知书');
    const file = readFileSync((await download.path()) ?? '');
    expect(file.subarray(0, 2).toString()).toBe('PK');

    const timelyAfter = await readRate(page, base, '及时受理率');
    expect(timelyAfter.numerator).toBe(timelyBefore.numerator + 1);
    await page.screenshot({ path: `${OUT}/console-stats.png`, fullPage: true });
    await context.close();
  }, 60_000);
});

/** Answers whatever slot the assistant asks for, as the evaluation driver does, until a draft is ready. */
async function chatUntilDraft(t: TestApp, opening: string): Promise<{ sessionId: string; topic: string }> {
  const answers: Record<string, string> = {
    facts: '修村道的时候干的活', when: '去年冬天', location: '东沟镇茅圻村', name: '王小明', phone: '13912340000',
    request: '要回工钱', previous: '没有找过', people: '就我一个', amount: '八千块',
  };
  const say = async (body: object) =>
    (await (await t.app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json()) as {
      sessionId: string; awaiting: string | null; draft: { topic: string } | null;
    };
  let turn = await say({ text: opening });
  for (let i = 0; i < 10 && turn.awaiting; i++) turn = await say({ sessionId: turn.sessionId, text: answers[turn.awaiting] ?? '不知道' });
  if (turn.awaiting || !turn.draft) throw new Error('the assistant did not reach a confirmable draft');
  return { sessionId: turn.sessionId, topic: turn.draft.topic };
}

async function readRate(page: import('playwright-core').Page, base: string, title: string) {
  await page.goto(`${base}/console/stats`);
  const text = (await page.locator(`.card:has(h2:has-text("${title}")) .rate small`).textContent()) ?? '';
  const [numerator, denominator] = text.split('/').map((s) => Number(s.trim()));
  return { numerator: numerator ?? Number.NaN, denominator: denominator ?? Number.NaN };
}
