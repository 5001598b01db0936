import { describe, expect, it } from 'vitest';
import { chunkByArticle, chunkByHeading, chunkDocument, isLegalText } from '../../server/src/knowledge/chunk.js';
import { parseCorpusFile, readCorpus } from '../../server/src/knowledge/corpus.js';

const corpus = readCorpus('knowledge');
const byId = (id: string) => {
  const doc = corpus.find((d) => d.id === id);
  if (!doc) throw new Error(`missing ${id}`);
  return doc;
};

describe('article splitter on the real corpus', () => {
  const regulation = chunkByArticle(byId('xinfang-gongzuo-tiaoli-2022'));

  it('finds all fifty articles of the 信访工作条例 in order', () => {
    expect(regulation).toHaveLength(50);
    expect(regulation[0]?.article).toBe('第一条');
    expect(regulation.at(-1)?.article).toBe('第五十条');
  });

  it('keeps the 项 of an article inside it, one per line', () => {
    const art31 = regulation.find((c) => c.article === '第三十一条');
    const lines = art31?.text.split('\n') ?? [];
    expect(lines[0]).toMatch(/^第三十一条 对信访人提出的申诉求决类事项/);
    expect(lines.filter((l) => /^（[一二三四五六]）/.test(l))).toHaveLength(6);
  });

  it('records the chapter path, with 节 under 章', () => {
    expect(regulation.find((c) => c.article === '第三十五条')?.chapter).toBe('第四章 信访事项的办理');
    const arbitration = chunkByArticle(byId('laodong-zhengyi-tiaojie-zhongcai-fa'));
    expect(arbitration.find((c) => c.article === '第二十七条')?.chapter).toBe('第三章 仲裁 › 第二节 申请和受理');
  });

  it('splits every legal text of the corpus into articles and keeps none empty', async () => {
    for (const doc of corpus.filter(isLegalText)) {
      const chunks = await chunkDocument(doc);
      expect(chunks.length, doc.id).toBeGreaterThan(20);
      for (const c of chunks) expect(c.text.length, `${doc.id} ${c.article}`).toBeGreaterThan(c.article?.length ?? 0);
    }
  });

  it('treats 第X条之一 as an article of its own', () => {
    const doc = parseCorpusFile(
      'synthetic.md',
      '---\ntitle: "测试法"\nstatus: "现行有效"\nsource: "test"\n---\n\n## 第一章 总则\n\n第一条 甲。\n\n第一条之一 乙。\n（一）丙；\n\n第二条 丁。\n',
    );
    expect(chunkByArticle(doc).map((c) => [c.article, c.text])).toEqual([
      ['第一条', '第一条 甲。'],
      ['第一条之一', '第一条之一 乙。\n（一）丙；'],
      ['第二条', '第二条 丁。'],
    ]);
  });
});

describe('documents without articles', () => {
  it('splits a news report by heading and paragraph', async () => {
    const doc = byId('xinfang-gongzuo-tiaoli-tongzhi-2022');
    expect(isLegalText(doc)).toBe(false);
    const chunks = await chunkByHeading(doc);
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.every((c) => c.article === null && c.text.length <= 500)).toBe(true);
  });
});
