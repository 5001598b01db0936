import { beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../server/src/clock.js';
import { type DialogueDeps, takeTurn, type TurnReply } from '../../server/src/intake/dialogue.js';
import { loadIntakeSpec } from '../../server/src/intake/spec.js';
import { newSessionState, type SessionState } from '../../server/src/intake/state.js';
import { shortPlace } from '../../server/src/intake/summary.js';
import { knowledgeDouble, routerDouble } from './router-double.js';

const spec = loadIntakeSpec();
let deps: DialogueDeps;
let session: SessionState;
const say = (text: string): Promise<TurnReply> => takeTurn(session, text, deps);

beforeEach(() => {
  deps = { router: routerDouble(), knowledge: knowledgeDouble(), clock: fixedClock('2025-06-18T12:00:00+08:00'), spec };
  session = newSessionState();
});

/** Answers every question with `answers[slot]` (or 不知道) until the draft is confirmable. */
async function converse(opening: string, answers: Partial<Record<string, string>> = {}) {
  let r = await say(opening);
  const asked: string[] = [];
  while (r.awaiting && asked.length < 10) {
    asked.push(r.awaiting);
    r = await say(answers[r.awaiting] ?? '不知道');
  }
  return { draft: r.draft, asked };
}

describe('the draft summary', () => {
  it('says where and what happened and the 诉求, without greetings, self-introduction, name or phone', async () => {
    const { draft } = await converse(
      '你好，我想反映个事。我是青石镇白沙村的范春花，电话13912345678。村里修水渠把我家的菜地挖了一半，说好的补偿一直没给，希望把补偿款发给我。',
      { previous: '去年找过村委会，说镇里没钱' },
    );
    expect(draft?.summary).toBe('某县青石镇白沙村：村里修水渠把我家的菜地挖了一半，说好的补偿一直没给，去年找过村委会，说镇里没钱。诉求：希望把补偿款发给我。');
  });

  it('leaves out "nothing tried yet" answers and never repeats a clause', async () => {
    const { draft } = await converse('白沙村的砖厂半夜还在轰机器，吵得睡不着。砖厂半夜还在轰机器', { previous: '没有找过别人', name: '我叫韩梅', phone: '13912345678' });
    expect(draft?.summary).toBe('某县青石镇白沙村：白沙村的砖厂半夜还在轰机器，吵得睡不着。');
  });

  it('marks a 代办 and speaks of the people by role, not by name', async () => {
    const { draft } = await converse('我是网格员孟丽，替石桂英反映：石桂英家的土坯房漏雨，墙也裂了', { location: '白沙村', previous: '没有' });
    expect(draft?.summary).toMatch(/^某县青石镇白沙村（代办）：/);
    expect(draft?.summary).toContain('当事人家的土坯房漏雨');
    expect(draft?.summary).not.toMatch(/孟丽|石桂英/);
  });

  it('stays within 200 字, cut at a clause and ending in a full stop, and keeps the 诉求', async () => {
    const long = `白沙村修水渠把我家的菜地挖了一半，${Array.from({ length: 30 }, (_, i) => `第${i + 1}次去问都说再等等`).join('，')}，希望把补偿款发给我`;
    const { draft } = await converse(long, { previous: '找过村委会', name: '范春花', phone: '13912345678' });
    expect(draft?.summary.length).toBeLessThanOrEqual(200);
    expect(draft?.summary).toMatch(/再等等。诉求：希望把补偿款发给我。$/);
  });

  it.each([
    ['湖北省鄂州市梁子湖区东沟镇茅圻村', '梁子湖区东沟镇茅圻村'],
    ['内蒙古自治区鄂尔多斯市准格尔旗沙圪堵镇不拉村', '准格尔旗沙圪堵镇不拉村'],
    ['贵州省黔南布依族苗族自治州罗甸县沫阳镇江亭村', '罗甸县沫阳镇江亭村'],
    ['江西省萍乡市上栗县金山镇', '上栗县金山镇'],
    ['湖北省鄂州市', '鄂州市'],
  ])('names the place %s as %s', (full, short) => {
    expect(shortPlace(full)).toBe(short);
  });
});

describe('asking for the 诉求', () => {
  it('asks a claim for it last, when the required questions left room in the budget', async () => {
    const { draft, asked } = await converse('我是青石镇白沙村的范春花，电话13912345678。村里修水渠把我家的菜地挖了一半，说好的两千块补偿一直没给。', {
      previous: '没有找过',
      request: '把补偿款发给我',
    });
    expect(asked).toEqual(['previous', 'request']);
    expect(draft?.request).toBe('把补偿款发给我');
  });

  it('does not ask for it once the session has used its question budget', async () => {
    const { asked, draft } = await converse('村里修水渠把我家的菜地挖了一半，说好的两千块补偿一直没给', {
      location: '白沙村', previous: '没有找过', name: '范春花', phone: '13912345678',
    });
    expect(asked).toHaveLength(spec.questionBudget);
    expect(asked).not.toContain('request');
    expect(draft?.request).toBeNull();
  });

  it('does not ask a suggestion for it (the suggestion is the request)', async () => {
    const { asked } = await converse('我是白沙村的范春花，电话13912345678，我有个建议：村口路边装几盏路灯');
    expect(asked).not.toContain('request');
  });
});

describe('asking for the amount', () => {
  it('asks how much when money is in dispute and no sum was said, and puts the answer in the draft', async () => {
    const { asked, draft } = await converse('我是青石镇白沙村的范春花，电话13912345678。老板欠我们的工钱一直拖着不给', {
      amount: '一共一万二千块',
      previous: '没有找过',
    });
    expect(asked).toContain('amount');
    expect(draft?.amount).toBe(12000);
  });

  it('does not ask how much when nothing about money was said', async () => {
    const { asked } = await converse('我是青石镇白沙村的范春花，电话13912345678。隔壁家把我家出门的路堵了，车都开不出去', {
      previous: '没有找过',
    });
    expect(asked).not.toContain('amount');
  });
});
