import { beforeAll, describe, expect, it } from 'vitest';
import { createStaffUser } from '../../server/src/console/index.js';
import { ConsoleClient } from '../console/browser-less.js';
import { type TestApp, makePetitionApp } from '../petitions/fixture.js';

const PASSWORD = 'a-long-enough-password';
let t: TestApp;
beforeAll(async () => {
  t = await makePetitionApp();
  await createStaffUser(t.db, t.clock, { username: 'clerk1', displayName: '张科员', role: 'clerk', divisionPrefix: '420702', password: PASSWORD });
});

describe('console headers', () => {
  it('sends a CSP without scripts or framing, and no-sniff, on every console page', async () => {
    const res = await new ConsoleClient(t).request('/console/login');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('marks JSON answers no-sniff and uncacheable', async () => {
    const res = await t.app.request('/api/petitions/mine');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('console session fixation', () => {
  it('never adopts a session id planted before login, and issues a fresh one per login', async () => {
    const victim = new ConsoleClient(t);
    victim.cookies.set('shuoshi_console', 'attacker-chosen-session-id');
    expect((await victim.login('clerk1', PASSWORD)).status).toBe(303);
    const issued = victim.cookies.get('shuoshi_console');
    expect(issued).toBeDefined();
    expect(issued).not.toBe('attacker-chosen-session-id');

    const attacker = new ConsoleClient(t);
    attacker.cookies.set('shuoshi_console', 'attacker-chosen-session-id');
    expect((await attacker.request('/console')).status).toBe(302);

    const again = new ConsoleClient(t);
    await again.login('clerk1', PASSWORD);
    expect(again.cookies.get('shuoshi_console')).not.toBe(issued);
  });

  it('ends the old session id on logout, so a copied cookie stops working', async () => {
    const staff = new ConsoleClient(t);
    await staff.login('clerk1', PASSWORD);
    const copied = new ConsoleClient(t);
    copied.cookies.set('shuoshi_console', staff.cookies.get('shuoshi_console') ?? '');
    expect((await copied.request('/console')).status).toBe(200);
    const page = await staff.get('/console');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.html)?.[1] ?? '';
    expect((await staff.post('/console/logout', { _csrf: csrf })).status).toBe(303);
    expect((await copied.request('/console')).status).toBe(302);
  });

  it('refuses a state change posted with another session’s CSRF token', async () => {
    const a = new ConsoleClient(t);
    const b = new ConsoleClient(t);
    await a.login('clerk1', PASSWORD);
    await b.login('clerk1', PASSWORD);
    const csrfOfA = /name="_csrf" value="([^"]+)"/.exec((await a.get('/console')).html)?.[1] ?? '';
    expect(csrfOfA).not.toBe('');
    expect((await b.post('/console/logout', { _csrf: csrfOfA })).status).toBe(403);
  });
});
