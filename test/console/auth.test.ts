import { beforeAll, describe, expect, it } from 'vitest';
import { LOCKOUT_MINUTES, MAX_FAILED_LOGINS } from '../../server/src/console/staff.js';
import { createStaffUser } from '../../server/src/console/index.js';
import { type TestApp, citizenToken, makePetitionApp, sampleDraft, submitRequest } from '../petitions/fixture.js';
import { ConsoleClient } from './browser-less.js';

const PASSWORD = 'correct-horse-battery';
let t: TestApp;
let donggou: string;
let moyang: string;

beforeAll(async () => {
  t = await makePetitionApp();
  const users = [
    ['donggou', 'clerk', '420702101'],
    ['moyang', 'clerk', '522728109'],
    ['lockme', 'clerk', '420702101'],
    ['grid', 'grid_worker', '420702101209'],
  ] as const;
  for (const [username, role, divisionPrefix] of users) {
    await createStaffUser(t.db, t.clock, { username, displayName: username, role, divisionPrefix, password: PASSWORD });
  }
  const file = async (session: string, division: string) => {
    t.drafts.set(session, sampleDraft({ division }));
    const token = await citizenToken(t.app, `citizen-${session}`);
    return ((await (await t.app.request('/api/petitions', submitRequest(token, session, `submit-key-${session}`))).json()) as { receiptNo: string }).receiptNo;
  };
  donggou = await file('dg', '420702101209');
  moyang = await file('my', '522728109202');
});

describe('console login', () => {
  it('redirects to the login page without a session', async () => {
    const res = await new ConsoleClient(t).request('/console');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/console/login');
  });

  it('signs in with an HttpOnly, SameSite session cookie scoped to /console', async () => {
    const client = new ConsoleClient(t);
    const res = await client.login('donggou', PASSWORD);
    expect(res.status).toBe(303);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('shuoshi_console='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\/console/);
    expect((await client.get('/console')).html).toContain('待办队列');
  });

  it('marks the session cookie Secure behind HTTPS', async () => {
    const client = new ConsoleClient(t);
    const page = await client.get('/console/login');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.html)?.[1] ?? '';
    const res = await client.post('/console/login', { _csrf: csrf, username: 'donggou', password: PASSWORD }, { 'x-forwarded-proto': 'https' });
    expect(res.headers.getSetCookie().find((c) => c.startsWith('shuoshi_console='))).toMatch(/Secure/);
  });

  it('refuses a login form posted without its CSRF token', async () => {
    const client = new ConsoleClient(t);
    await client.get('/console/login');
    const res = await client.post('/console/login', { _csrf: 'forged', username: 'donggou', password: PASSWORD });
    expect(res.status).toBe(403);
  });

  it(`locks an account for ${LOCKOUT_MINUTES} minutes after ${MAX_FAILED_LOGINS} failures, even for the right password`, async () => {
    const client = new ConsoleClient(t);
    for (let i = 1; i < MAX_FAILED_LOGINS; i++) expect((await client.login('lockme', 'wrong-password')).status).toBe(401);
    expect((await client.login('lockme', 'wrong-password')).status).toBe(423);
    expect((await client.login('lockme', PASSWORD)).status).toBe(423);
    t.clock.set(new Date(t.clock.now().getTime() + (LOCKOUT_MINUTES + 1) * 60_000).toISOString());
    expect((await client.login('lockme', PASSWORD)).status).toBe(303);
  });
});

describe('console authorisation', () => {
  let clerk: ConsoleClient;
  beforeAll(async () => {
    clerk = new ConsoleClient(t);
    await clerk.login('donggou', PASSWORD);
  });

  it('shows a petition of the own town and answers 404 for another town’s, for reads and writes', async () => {
    expect((await clerk.get(`/console/petitions/${donggou}`)).status).toBe(200);
    expect((await clerk.get(`/console/petitions/${moyang}`)).status).toBe(404);
    expect((await clerk.get(`/console/petitions/${moyang}/notice.docx`)).status).toBe(404);
    const csrf = await clerk.csrf();
    expect((await clerk.post(`/console/petitions/${moyang}/accept`, { _csrf: csrf })).status).toBe(404);
    const other = new ConsoleClient(t);
    await other.login('moyang', PASSWORD);
    expect((await other.get(`/console/petitions/${moyang}`)).html).toContain('已提交，待受理');
    expect((await clerk.get('/console?status=')).html).not.toContain(moyang);
  });

  it('refuses a state change without the session’s CSRF token or from a foreign origin', async () => {
    expect((await clerk.post(`/console/petitions/${donggou}/accept`, {})).status).toBe(403);
    expect((await clerk.post(`/console/petitions/${donggou}/accept`, { _csrf: 'x'.repeat(32) })).status).toBe(403);
    const csrf = await clerk.csrf();
    expect((await clerk.post(`/console/petitions/${donggou}/accept`, { _csrf: csrf }, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await clerk.get(`/console/petitions/${donggou}`)).html).toContain('已提交，待受理');
  });

  it('lets a grid worker file but not accept, and masks the phone number for them', async () => {
    const grid = new ConsoleClient(t);
    await grid.login('grid', PASSWORD);
    const csrf = await grid.csrf();
    const filed = await grid.post('/console/file', {
      _csrf: csrf, idempotencyKey: 'grid-filing-0001', words: '王大爷说村里的路灯坏了半年没人修，晚上出门摔了一跤',
      name: '王大爷', phone: '13700001234', division: '420702101209', topic: '城乡建设', request: '修路灯', consent: '1',
    });
    expect(filed.status).toBe(303);
    const page = await grid.get(filed.headers.get('location') ?? '');
    expect(page.html).toContain('137****1234');
    expect(page.html).not.toContain('13700001234');
    expect(page.html).toContain('已取得本人同意');
    const receipt = /(XF\d{8}-\d{6})/.exec(filed.headers.get('location') ?? '')?.[1] ?? '';
    expect((await grid.post(`/console/petitions/${receipt}/accept`, { _csrf: csrf })).status).toBe(403);
    expect((await grid.get(`/console/petitions/${donggou}`)).status).toBe(404);
    expect((await grid.get('/console/stats')).status).toBe(403);
  });

  it('refuses a 代办 filing without the villager’s consent', async () => {
    const grid = new ConsoleClient(t);
    await grid.login('grid', PASSWORD);
    const res = await grid.post('/console/file', {
      _csrf: await grid.csrf(), idempotencyKey: 'grid-filing-0002', words: '李奶奶的低保一直没有批下来', name: '李奶奶',
      phone: '', division: '420702101209', topic: '', request: '',
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('代办须取得本人同意');
  });

  it('ends the session on logout', async () => {
    const client = new ConsoleClient(t);
    await client.login('donggou', PASSWORD);
    const token = client.cookies.get('shuoshi_console');
    await client.post('/console/logout', { _csrf: await client.csrf() });
    const stale = new ConsoleClient(t);
    stale.cookies.set('shuoshi_console', token ?? '');
    expect((await stale.request('/console')).status).toBe(302);
  });
});
