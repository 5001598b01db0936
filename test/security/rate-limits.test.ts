import { describe, expect, it } from 'vitest';
import { createTokenBucketLimiter } from '../../server/src/security/index.js';
import { makeApp } from '../helpers/make-app.js';

describe('token bucket', () => {
  it('allows the burst, refuses the next with a retry time, and refills at the sustained rate', () => {
    let now = 0;
    const limiter = createTokenBucketLimiter({ burst: 3, perMinute: 6 }, () => now);
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 10 });
    expect(limiter.take('b').allowed).toBe(true); // keys are independent
    now += 10_000;
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });
});

describe('rate limits on the citizen API', () => {
  const json = (body: unknown, headers: Record<string, string> = {}) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

  it('answers 429 with a Chinese message and Retry-After once one address exceeds its limit', async () => {
    const { app } = await makeApp({ env: { TRUST_PROXY: '1', RATE_LIMIT_IP_PER_MINUTE: '5' } });
    const from = (ip: string) => app.request('/api/ask', json({ question: '劳动仲裁要交钱吗' }, { 'x-forwarded-for': ip }));
    for (let i = 0; i < 5; i++) expect((await from('198.51.100.7')).status).toBe(200);
    const refused = await from('198.51.100.7');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/请求太频繁/);
    expect((await from('198.51.100.8')).status).toBe(200);
  });

  it('limits chat turns and submissions per citizen, whichever address they come from', async () => {
    const { app } = await makeApp({ env: { TRUST_PROXY: '1', RATE_LIMIT_CITIZEN_PER_MINUTE: '3' } });
    const login = await app.request('/api/auth/dev', json({ openid: 'busy-citizen' }));
    const auth = { authorization: `Bearer ${((await login.json()) as { token: string }).token}` };
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await app.request('/api/chat', json({ text: '你好' }, { ...auth, 'x-forwarded-for': `203.0.113.${i}` }))).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const submits: number[] = [];
    for (let i = 0; i < 4; i++) {
      const body = { sessionId: crypto.randomUUID(), idempotencyKey: `key-${i}-0000000` };
      submits.push((await app.request('/api/petitions', json(body, auth))).status);
    }
    expect(submits).toEqual([404, 404, 404, 429]);
    // Another citizen is not affected.
    expect((await app.request('/api/chat', json({ text: '你好' }))).status).toBe(200);
  });

  it('throttles console sign-in attempts from one address across accounts (password spraying)', async () => {
    const { app } = await makeApp({ env: { TRUST_PROXY: '1' } });
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      const res = await app.request('/console/login', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '192.0.2.1' },
        body: new URLSearchParams({ username: `user${i}`, password: 'guess', _csrf: 'x' }).toString(),
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 20).every((s) => s === 403)).toBe(true); // refused by the CSRF check, still counted
    expect(statuses.slice(20)).toEqual([429, 429]);
  });
});
