import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../server/src/app.js';
import { fixedClock } from '../../server/src/clock.js';
import { type DialogueDeps, type TurnReply, takeTurn } from '../../server/src/intake/dialogue.js';
import type { ChatResponse } from '../../server/src/intake/index.js';
import { loadIntakeSpec } from '../../server/src/intake/spec.js';
import { newSessionState, type SessionState } from '../../server/src/intake/state.js';
import { makeApp } from '../helpers/make-app.js';
import { knowledgeDouble, routerDouble } from './router-double.js';

const spec = loadIntakeSpec();
let deps: DialogueDeps;
let session: SessionState;
const say = (text: string): Promise<TurnReply> => takeTurn(session, text, deps);
const OPENING = '承包商拖欠我们的工钱，人也找不到了';

beforeEach(() => {
  deps = { router: routerDouble(), knowledge: knowledgeDouble(), clock: fixedClock('2025-06-18T12:00:00+08:00'), spec };
  session = newSessionState();
});

describe('a reply to "where" that names no place', () => {
  it.each([
    { reply: '我們五個人在村裡養雞場幹了三個月，還差四萬塊沒發', people: 5, amount: 40000, fact: '养鸡场' },
    { reply: '一共十二户人家，补偿款被扣了两万元', people: 12, amount: 20000, fact: '补偿款被扣' },
    { reply: '工头说等老板回来再给，可是一直拖着不给', people: null, amount: null, fact: '一直拖着' },
  ])('keeps the facts of "$reply" and asks where again', async ({ reply, people, amount, fact }) => {
    await say(OPENING);
    const r = await say(reply);
    expect(r.awaiting).toBe('location');
    expect(r.reply).not.toContain('没法确定');
    expect(r.draft).toMatchObject({ people, amount, division: null });
    expect(r.draft?.summary).toContain(fact);
  });

  it('asks where at most twice, then moves on and leaves the place for staff', async () => {
    await say(OPENING);
    await say('我们三个人在工地上干了一年');
    const r = await say('欠了六万多，老板电话也不接');
    expect(r.awaiting).not.toBe('location');
    expect(r.draft?.notes).toContain('地点未说明，需核实');
    expect(r.draft?.summary).toContain('工地上干了一年');
  });

  it.each(['青石镇', '就在白沙村那边', '青石镇的砖厂'])('still takes "%s" as the place', async (reply) => {
    await say(OPENING);
    const r = await say(reply);
    expect(r.draft?.division).not.toBeNull();
    expect(r.awaiting).not.toBe('location');
  });
});

describe('a place name said when another question was asked', () => {
  it.each([
    { asked: 'previous', setup: ['我们在工地上干了一年，一共欠了六万，八个工友都没拿到钱', '不知道'] },
    { asked: 'people', setup: ['砖厂的污水流进了鱼塘，大家的鱼都死光了', '不知道'] },
  ])('answers where, not $asked, and stays out of the summary', async ({ asked, setup }) => {
    let r: TurnReply | undefined;
    for (const text of setup) r = await say(text);
    expect(r?.awaiting).toBe(asked);
    r = await say('青石鎮白沙村');
    expect(r.draft?.division).toBe('990101101201');
    expect(r.draft?.previous).toEqual([]);
    expect(r.draft?.summary).not.toMatch(/[，：]青石镇白沙村。/);
    expect(r.draft?.summary.match(/白沙村/g)).toHaveLength(1);
  });
});

describe('saying no earlier channel', () => {
  it.each(['没有找过别人', '沒反映過', '这是第一次', '没找过'])('"%s" as the answer to previous records none', async (reply) => {
    await say('我们在青石镇工地上干了一年，一共欠了六万，八个工友都没拿到钱');
    const r = await say(reply);
    expect(r.draft?.previous).toEqual([]);
  });

  it.each(['没有找过别人', '沒有反映過', '第一次反映'])('"%s" after the draft replaces the channels recorded before', async (reply) => {
    await say('我们在青石镇工地上干了一年，一共欠了六万，八个工友都没拿到钱');
    let r = await say('找过村委会');
    expect(r.draft?.previous).toEqual(['找过村委会']);
    await say('我叫周长江');
    await say('13911112222');
    r = await say('让老板把钱结清');
    expect(r.awaiting).toBeNull();
    r = await say(reply);
    expect(r.draft?.previous).toEqual([]);
    expect(r.awaiting).toBeNull();
  });
});

describe('POST /api/chat with the real place resolver, in Traditional script', () => {
  let app: App;
  beforeAll(async () => {
    ({ app } = await makeApp());
  });
  const chat = async (sessionId: string | undefined, text: string) => {
    const res = await app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sessionId, text }) });
    return (await res.json()) as ChatResponse;
  };

  it('keeps an account given for "where" in the summary and takes a later bare place as the place only', async () => {
    const first = await chat(undefined, '承包商拖欠我們的工錢，人也找不到了');
    expect(first.awaiting).toBe('location');
    let r = await chat(first.sessionId, '我們六個人在鎮上養豬場幹了八個月，一共欠了九萬多');
    expect(r.awaiting).toBe('location');
    expect(r.draft).toMatchObject({ people: 6, amount: 90000 });
    r = await chat(first.sessionId, '老闆說年底給，結果一直沒給');
    expect(r.awaiting).not.toBe('location');
    r = await chat(first.sessionId, '上栗縣金山鎮');
    expect(r.draft?.division).toBe('360322103');
    expect(r.draft?.previous).toEqual([]);
    const summary = r.draft?.summary ?? '';
    expect(summary.length).toBeLessThanOrEqual(200);
    expect(summary).toContain('养猪场干了八个月');
    expect(summary).toContain('年底给');
    expect(summary.match(/金山镇/g)).toHaveLength(1);
  });

  it('takes a village whose name holds 不 as the place only, not as part of the matter', async () => {
    const first = await chat(undefined, '俺三个儿子都不管俺，冬天连炭都烧不起');
    expect(first.awaiting).toBe('location');
    const r = await chat(first.sessionId, '沙圪堵鎮不拉村');
    expect(r.draft?.division).toBe('150622101206');
    expect(r.draft?.facts ?? '').not.toContain('不拉村');
  });

  it('reads 上栗金山, said as a dialect phrase, as 金山镇', async () => {
    const first = await chat(undefined, '在镇上花炮厂做了大半年，工钱到现在冇结');
    const r = await chat(first.sessionId, '我屋里是上栗金山的');
    expect(r.draft?.division).toBe('360322103');
  });
});
