import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../server/src/app.js';
import { makeApp } from '../helpers/make-app.js';

let app: App;
beforeAll(async () => {
  ({ app } = await makeApp());
});

describe('routing citations through the knowledge base', () => {
  it('quotes each basis from the corpus and names it as people cite it', async () => {
    const res = await app.request('/api/route', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: '厂里拖欠我三个月工资，老板不给' }),
    });
    expect(res.status).toBe(200);
    const { citations } = (await res.json()) as { citations: { doc: string; article: string; text: string }[] };
    const arbitration = citations.find((c) => c.doc === '劳动争议调解仲裁法' && c.article === '第二十七条');
    expect(arbitration?.text).toMatch(/^第二十七条 劳动争议申请仲裁的时效期间为一年/);
    expect(citations.every((c) => !c.doc.startsWith('中华人民共和国') && c.text.length > 0)).toBe(true);
  });
});
