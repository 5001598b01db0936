import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/src/app.js';
import { makeApp } from '../helpers/make-app.js';

let app: App;
beforeAll(async () => {
  ({ app } = await makeApp());
});

const ask = (body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  app.request('/api/ask', { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('GET /api/search', () => {
  it('returns passages best first with each retriever’s rank and score', async () => {
    const res = await app.request(`/api/search?q=${encodeURIComponent('对复查意见不服怎么办')}`);
    expect(res.status).toBe(200);
    const { hits } = (await res.json()) as { hits: { doc: string; article: string; score: number; lexical: unknown; dense: unknown }[] };
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.slice(0, 3).map((h) => `${h.doc}${h.article}`)).toContain('信访工作条例第三十六条');
    expect(hits[0]?.lexical ?? hits[0]?.dense).not.toBeNull();
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('puts first the article that gives the kind of answer asked (a recusal)', async () => {
    const res = await app.request(`/api/search?q=${encodeURIComponent('劳动仲裁的仲裁员跟公司老板是亲戚，能要求换人吗')}`);
    const { hits } = (await res.json()) as { hits: { doc: string; article: string }[] };
    expect(`${hits[0]?.doc}${hits[0]?.article}`).toBe('劳动争议调解仲裁法第三十三条');
  });

  it('serves the 2025 治安管理处罚法 for a dog that bites, not the superseded 2012 text', async () => {
    const res = await app.request(`/api/search?q=${encodeURIComponent('邻居家的狗没拴绳，把我家小孩咬伤了，派出所管不管')}`);
    const { hits } = (await res.json()) as { hits: { doc: string; docTitle: string; article: string }[] };
    expect(hits[0]).toMatchObject({ doc: '治安管理处罚法', article: '第八十九条' });
    expect(hits[0]?.docTitle).toContain('2025年修订');
  });

  it('serves only current texts unless superseded ones are asked for', async () => {
    const q = encodeURIComponent('信访条例 信访事项 办理期限 六十日');
    const current = (await (await app.request(`/api/search?q=${q}&limit=20`)).json()) as { hits: { doc: string; current: boolean }[] };
    expect(current.hits.every((h) => h.current)).toBe(true);
    const all = (await (await app.request(`/api/search?q=${q}&limit=20&superseded=true`)).json()) as { hits: { doc: string }[] };
    expect(all.hits.some((h) => h.doc === '信访条例')).toBe(true);
  });

  it('searches lexical-only and dense-only when asked', async () => {
    for (const mode of ['lexical', 'dense']) {
      const { hits } = (await (await app.request(`/api/search?q=${encodeURIComponent('劳动仲裁时效')}&mode=${mode}`)).json()) as {
        hits: { lexical: unknown; dense: unknown }[];
      };
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every((h) => (mode === 'lexical' ? h.dense === null : h.lexical === null))).toBe(true);
    }
  });
});

describe('POST /api/ask', () => {
  it('answers from the articles, quoting the best one first (Traditional input)', async () => {
    const res = await ask({ question: '對複查意見不服，還能找誰？' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { answer: string; citations: { doc: string; article: string; text: string }[] };
    expect(body.citations[0]).toMatchObject({ doc: '信访工作条例', article: '第三十六条' });
    expect(body.answer).toContain('《信访工作条例》第三十六条');
    expect(body.answer).toContain('12348');
  });

  it('says plainly when nothing relevant was found and points to 12348 and the 综治中心', async () => {
    const body = (await (await ask({ question: '红烧肉怎么做才好吃' })).json()) as { answer: string; citations: unknown[] };
    expect(body.citations).toEqual([]);
    expect(body.answer).toMatch(/没有找到/);
    expect(body.answer).toContain('12348');
    expect(body.answer).toContain('综治中心');
  });

  it.each([
    ['empty', { question: '' }, '不能为空'],
    ['whitespace only', { question: '   \n ' }, '不能为空'],
    ['over 2,000 characters', { question: '问'.repeat(2001) }, '太长'],
    ['binary', { question: 'ab\u0000\u0001cd' }, '无法识别'],
    ['emoji only', { question: '😀😀🙏' }, '文字'],
    ['missing field', {}, '问题'],
    ['wrong type', { question: 42 }, '问题'],
  ])('refuses a %s question with a Chinese 400', async (_, body, message) => {
    const res = await ask(body);
    expect(res.status).toBe(400);
    const json = (await res.json()) as { error: { code: string; message: string } };
    expect(json.error.code).toBe('invalid_input');
    expect(json.error.message).toContain(message);
  });

  it('answers malformed JSON with a 400, not a 500', async () => {
    const res = await ask('{"question": "半截');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid_input');
  });

  it('limits the request body size', async () => {
    const res = await ask({ question: '问'.repeat(100_000) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('太大');
  });
});

describe('service basics', () => {
  it('reports health with the database kind', async () => {
    const res = await app.request('/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  it('publishes an OpenAPI document built from the request schemas', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/ask', '/api/search']));
  });

  it('answers unknown paths with the error envelope', async () => {
    const res = await app.request('/api/nope');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });
});
