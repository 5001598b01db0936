import { describe, expect, it } from 'vitest';
import { CorpusError, parseCorpusFile, shortTitle } from '../../server/src/knowledge/corpus.js';
import { loadGlossary } from '../../server/src/knowledge/glossary.js';
import { normalizeText } from '../../server/src/knowledge/normalize-text.js';
import { intentFactor, loadQuestionIntents } from '../../server/src/knowledge/question-intents.js';
import { reciprocalRankFusion } from '../../server/src/knowledge/search.js';

describe('normalizeText', () => {
  it.each([
    ['信訪人對處理意見不服', '信访人对处理意见不服'],
    ['補償款還沒給', '补偿款还没给'],
    ['ＡＢＣ１２３！', 'abc123!'],
    ['  第三十五条\u3000复查\n\t意见 ', '第三十五条 复查 意见'],
    ['控制\u0000字符', '控制 字符'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('glossary', () => {
  const glossary = loadGlossary('knowledge');

  it('adds the legal terms for colloquial words', () => {
    const expanded = glossary.expand(normalizeText('包工头欠我工钱'));
    expect(expanded).toContain('劳动报酬');
    expect(expanded).toContain('工资');
  });

  it('maps 上访 to 信访 and 低保 to 最低生活保障', () => {
    expect(glossary.expand('我想去上访')).toContain('信访');
    expect(glossary.expand('申请低保')).toContain('最低生活保障');
  });

  it('leaves text with no colloquial words unchanged', () => {
    expect(glossary.expand('行政机关')).toBe('行政机关');
  });

  it.each([
    ['复合意见下来了', '复核意见下来了'],
    ['去乡里反应情况', '去乡里反映情况'],
    ['行政复意要钱吗', '行政复议要钱吗'],
    ['村里的帐目不公开', '村里的账目不公开'],
  ])('corrects the homophone slip in %s', (text, fixed) => expect(glossary.correct(text)).toBe(fixed));

  it('keeps 反应 where it means a reaction', () => {
    expect(glossary.correct('打完针过敏反应了')).toBe('打完针过敏反应了');
  });
});

describe('reciprocal rank fusion', () => {
  it('scores Σ w / (k + rank)', () => {
    const fused = reciprocalRankFusion([[{ id: 1, score: 9 }, { id: 2, score: 5 }], [{ id: 2, score: 0.9 }]], 10);
    expect(fused.get(1)).toBeCloseTo(1 / 11);
    expect(fused.get(2)).toBeCloseTo(1 / 12 + 1 / 11);
  });

  it('ranks an item found by both retrievers above one found by a single retriever', () => {
    const fused = reciprocalRankFusion([[{ id: 1, score: 1 }, { id: 2, score: 1 }], [{ id: 2, score: 1 }, { id: 3, score: 1 }]]);
    const order = [...fused.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    expect(order[0]).toBe(2);
  });

  it('lets a weight tip a tie toward the stronger retriever', () => {
    const fused = reciprocalRankFusion([[{ id: 1, score: 1 }, { id: 2, score: 1 }], [{ id: 2, score: 1 }, { id: 1, score: 1 }]], 20, [1, 0.8]);
    expect(fused.get(1)).toBeGreaterThan(fused.get(2) ?? 0);
  });
});

describe('corpus front matter', () => {
  it('names file and line of a malformed front-matter line', () => {
    const bad = '---\ntitle: "甲"\nthis line is broken\nstatus: "现行有效"\n---\n第一条 乙。';
    expect(() => parseCorpusFile('bad.md', bad)).toThrow(CorpusError);
    expect(() => parseCorpusFile('bad.md', bad)).toThrow('bad.md:3');
  });

  it('rejects a document without a source', () => {
    expect(() => parseCorpusFile('nosource.md', '---\ntitle: "甲"\nstatus: "现行有效"\n---\n')).toThrow(/source/);
  });

  it.each([
    ['中华人民共和国行政复议法（2023年修订）', '行政复议法'],
    ['中华人民共和国民法典·第一编 总则', '民法典'],
    ['信访工作条例', '信访工作条例'],
    ['信访条例（2005年，国务院令第431号）', '信访条例'],
  ])('short title of %s is %s', (title, short) => {
    expect(shortTitle(title)).toBe(short);
  });
});

describe('question intents', () => {
  const intents = loadQuestionIntents('knowledge');
  const factor = (question: string, text: string) => intentFactor(intents.asked(normalizeText(question)), text);
  const deadlineText = '当事人不服的，可以自收到决定书之日起十五日内向人民法院起诉。';
  const feeText = '调解委员会调解纠纷，不收取任何费用。';

  it('lifts an article that gives the kind of answer asked', () => {
    expect(factor('裁决下来我不服，最晚几天内要去法院？', deadlineText)).toBeGreaterThan(1);
    expect(factor('村里调解收不收费', feeText)).toBeGreaterThan(1);
    expect(factor('老板把身份证收走了，合法吗', '用人单位不得扣押劳动者的居民身份证。')).toBeGreaterThan(1);
    expect(factor('假货能赔几倍', '增加赔偿的金额为消费者购买商品价款的三倍。')).toBeGreaterThan(1);
  });

  it('counts each answered intent once, and leaves other texts as they are', () => {
    const both = factor('仲裁要交钱吗？裁了不服几天内能起诉', `${deadlineText}${feeText}`);
    expect(both).toBeGreaterThan(factor('仲裁要交钱吗', feeText));
    expect(factor('裁决下来我不服，最晚几天内要去法院？', feeText)).toBe(1);
  });

  it('does not read a situation as a question (干了几天, 欠钱不还)', () => {
    expect(factor('干了几天老板就不让干了', deadlineText)).toBe(1);
    expect(factor('邻居欠钱不还', '一方当事人不履行的，另一方可以申请强制执行。')).toBe(1);
  });
});
