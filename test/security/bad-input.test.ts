import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/src/app.js';
import { makeApp } from '../helpers/make-app.js';

/**
 * Property-based bad input against every public endpoint: whatever arrives, the answer is a 4xx
 * (or a normal 2xx) with a Chinese message, never a 500 and never a crash.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

let app: App;
let token: string;
beforeAll(async () => {
  // Limits off: the point here is the parsers, not the limiter (tested on its own).
  ({ app } = await makeApp({ env: { RATE_LIMIT_CITIZEN_PER_MINUTE: '0' } }));
  const res = await app.request('/api/auth/dev', { method: 'POST' });
  token = ((await res.json()) as { token: string }).token;
});

const nested = (depth: number, open: string, close: string) => open.repeat(depth) + close.repeat(depth);
const anyField = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom('1e999', '-1e999', '123456789012345678901234567890', 'NaN', 'null', 'true', '[]', '{}'),
  fc.anything({ maxDepth: 3 }),
);

/** Bodies: random JSON, plausible objects with odd values, raw text, invalid UTF-8, deep nesting, huge. */
const body = (fields: string[]) =>
  fc.oneof(
    fc.json({ maxDepth: 4 }),
    fc.dictionary(fc.constantFrom(...fields, 'x', '__proto__', 'constructor'), anyField, { maxKeys: 4 }).map((o) => JSON.stringify(o)),
    fc.record(Object.fromEntries(fields.map((f) => [f, anyField]))).map((o) => JSON.stringify(o)),
    fc.record(Object.fromEntries(fields.map((f) => [f, fc.constantFrom('1e999', '-0', '9'.repeat(400), '"\\ud800"', '"\\u0000"')]))).map(
      (o) => `{${Object.entries(o).map(([k, v]) => `"${k}":${v}`).join(',')}}`,
    ),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.uint8Array({ maxLength: 200 }),
    fc.uint8Array({ minLength: 1, maxLength: 40 }).map((bytes) => new Uint8Array([...Buffer.from(`{"${fields[0]}":"`), ...bytes, 0xff, 0xfe, ...Buffer.from('"}')])),
    fc.integer({ min: 1, max: 30_000 }).map((d) => nested(d, '[', ']')),
    fc.integer({ min: 1, max: 10_000 }).map((d) => `${'{"a":'.repeat(d)}1${'}'.repeat(d)}`),
    fc.integer({ min: 60_000, max: 300_000 }).map((n) => JSON.stringify({ [fields[0] ?? 'x']: '字'.repeat(n / 3) })),
  );

const contentType = fc.oneof(
  { weight: 6, arbitrary: fc.constant('application/json') },
  fc.constantFrom(undefined, 'text/plain', 'application/json; charset=utf-16', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/xml'),
  fc.string({ maxLength: 30 }).filter((s) => /^[\x20-\x7e]*$/.test(s)),
);

type Case = { path: string; init: RequestInit };
const post = (path: string, fields: string[], auth = false) =>
  fc.record({ b: body(fields), type: contentType }).map(
    ({ b, type }): Case => ({
      path,
      init: {
        method: 'POST',
        body: b,
        headers: { ...(type ? { 'content-type': type } : {}), ...(auth ? { authorization: `Bearer ${token}` } : {}) },
      },
    }),
  );

const receiptNo = fc.oneof(fc.constant('XF20260101-000001'), fc.string({ maxLength: 30 }).map(encodeURIComponent), fc.constantFrom('%ZZ', '..%2F..', '%E0%A4%A'));
const rawQuery = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }).map(encodeURIComponent),
  fc.string({ maxLength: 50 }).filter((s) => /^[\x21-\x7e]*$/.test(s) && !s.includes('#')),
  fc.constantFrom('%', '%E0%A4%A', '%FF%FE', '%00', 'a'.repeat(5000)),
);

const endpoints: [string, fc.Arbitrary<Case>][] = [
  ['POST /api/chat', post('/api/chat', ['text', 'sessionId'])],
  ['POST /api/ask', post('/api/ask', ['question'])],
  ['POST /api/auth/dev', post('/api/auth/dev', ['openid'])],
  ['POST /api/petitions', post('/api/petitions', ['sessionId', 'idempotencyKey'], true)],
  [
    'POST /api/petitions/:receiptNo/rating',
    fc.tuple(receiptNo, post('', ['rating', 'note'], true)).map(([no, c]) => ({ ...c, path: `/api/petitions/${no}/rating` })),
  ],
  [
    'GET /api/search',
    fc
      .record({ q: rawQuery, limit: fc.option(fc.oneof(rawQuery, fc.constantFrom('1e400', '-1', '0', '51', '3.5'))), mode: fc.option(rawQuery) })
      .map(({ q, limit, mode }) => ({ path: `/api/search?q=${q}${limit === null ? '' : `&limit=${limit}`}${mode === null ? '' : `&mode=${mode}`}`, init: {} })),
  ],
];

const CHINESE = /[\u4e00-\u9fff]/;

describe('bad input never causes a 500', () => {
  it.each(endpoints)('%s answers 2xx or a Chinese 4xx for any request', async (_name, cases) => {
    await fc.assert(
      fc.asyncProperty(cases, async ({ path, init }) => {
        const res = await app.request(path, init);
        expect(res.status).toBeLessThan(500);
        if (res.status >= 400) {
          const error = ((await res.json()) as { error: { message: string } }).error;
          expect(error.message).toMatch(CHINESE);
        }
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  it('console login POST answers 4xx with a Chinese page for any form', async () => {
    const form = fc.oneof(
      fc.dictionary(fc.constantFrom('username', 'password', '_csrf', 'x'), fc.string({ unit: 'grapheme', maxLength: 100 })).map((o) => new URLSearchParams(o).toString()),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.constantFrom('username=%ZZ&password=%', '--x\r\nContent-Disposition: form-data\r\n\r\n', 'a'.repeat(300_000)),
    );
    await fc.assert(
      fc.asyncProperty(form, contentType, fc.option(fc.constantFrom('https://evil.example', 'null')), async (b, type, origin) => {
        const headers: Record<string, string> = { cookie: 'shuoshi_login_csrf=abc' };
        if (type) headers['content-type'] = type;
        if (origin) headers.origin = origin;
        const res = await app.request('/console/login', { method: 'POST', body: b, headers });
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        expect(await res.text()).toMatch(CHINESE);
      }),
      { numRuns: RUNS },
    );
  }, 300_000);
});

describe('specific bad requests', () => {
  const json = { 'content-type': 'application/json' };
  it.each([
    ['malformed JSON', { method: 'POST', headers: json, body: '{"text":' }, 400],
    ['a text/plain body', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"text":"你好"}' }, 415],
    ['an oversized body', { method: 'POST', headers: json, body: JSON.stringify({ text: 'x'.repeat(100_000) }) }, 413],
    ['JSON nested 30,000 deep', { method: 'POST', headers: json, body: nested(30_000, '[', ']') }, 400],
    ['a number beyond double range', { method: 'POST', headers: json, body: '{"text":1e999}' }, 400],
    ['a wrong type', { method: 'POST', headers: json, body: '{"text":["a"]}' }, 400],
  ] as const)('refuses %s on /api/chat with %i and a Chinese message', async (_name, init, status) => {
    const res = await app.request('/api/chat', init);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(CHINESE);
  });

  it('answers a submit for a session id that is not a UUID with a Chinese 400 (as /api/chat does), not 500', async () => {
    const res = await app.request('/api/petitions', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ sessionId: 'not-a-uuid', idempotencyKey: 'key-00000001' }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/会话编号/);
  });

  it('explains validation failures in Chinese, not zod’s English', async () => {
    const res = await app.request('/api/search?q=工资&limit=abc');
    expect(res.status).toBe(400);
    const { message } = ((await res.json()) as { error: { message: string } }).error;
    expect(message).toMatch(CHINESE);
    expect(message).not.toMatch(/Invalid|expected/);
  });
});
