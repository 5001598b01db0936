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

  it('cites the current 治安管理处罚法 (2025 revision, in force 2026-01-01) for a dog that bites', async () => {
    const res = await app.request('/api/route', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: '隔壁养的大狼狗散养不拴，见人就扑，上礼拜把我家孩子咬伤了' }),
    });
    const { citations } = (await res.json()) as { citations: { doc: string; article: string; text: string }[] };
    expect(citations[0]).toMatchObject({ doc: '治安管理处罚法', article: '第八十九条' });
    expect(citations[0]?.text).toMatch(/^第八十九条 饲养动物，干扰他人正常生活的，处警告/);
  });
});
