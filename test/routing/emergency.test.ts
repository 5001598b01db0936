import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../server/src/clock.js';
import { createRouter } from '../../server/src/routing/index.js';

const router = createRouter({ knowledge: null, clock: fixedClock('2025-06-01T08:00:00Z') });

describe('emergency detector', () => {
  it.each([
    ['他拿着菜刀在我家门口说要砍死我们', '110'],
    ['我老公正在打我，孩子吓得直哭', '110'],
    ['我不想活了，农药就放在桌上', '120'],
    ['活不下去了，今晚就去跳河', '120'],
    ['我家厨房着火了，火越烧越大', '119'],
    ['屋里煤气泄漏了，味道很大', '119'],
    ['后山滑坡了，泥石流冲下来了，有人被埋在下面', '119'],
    ['我五岁的儿子不见了，找了一下午', '110'],
    ['我妹妹被人关在屋里不让出门，已经三天了', '110'],
    ['我爸突然晕倒了，叫不醒', '120'],
    ['救命！有人闯进我家', '110'],
    ['我們村的河堤決堤了，水已經進屋了', '119'],
    ['山上著火了，火已經燒到半山腰的林子了', '119'],
    ['我奶奶一早出门赶集，到处都找不到人', '110'],
    ['老伴吃饭时一下子倒地，嘴唇发紫', '120'],
    ['他喝醉了刚才把他妈打得满头是血，还在砸门', '110'],
  ])('flags danger now: %s → %s', (text, hotline) => {
    const emergency = router.detectEmergency(text);
    expect(emergency?.hotline).toBe(hotline);
    expect(emergency?.message.length).toBeGreaterThan(8);
  });

  it.each([
    '去年被邻居打过，医药费到现在还没赔',
    '我不是要自杀，只是想问问低保怎么申请',
    '前年家里失火烧了两间房，想问问有没有救助',
    '以前孩子走丢过一次，后来找回来了',
    '村小学的围墙裂了，担心哪天会塌下来',
    '小区消防通道被车堵了，一旦着火消防车进不来',
    '燃气管道维修停气三天了，什么时候恢复',
    '这是我们的救命钱，合作社一直拖着不给',
    '游乐场的跳楼机是不是特种设备',
    '房子被洪水冲塌了一半，现在借住在亲戚家',
    '没有人打人，就是吵了几句嘴',
    '前年我爸在田里晕倒过一次，现在想问问慢性病怎么报销',
    '家里的钥匙到处都找不到了，物业能不能帮忙开锁',
    '前年他把我打得满脸是血，派出所只罚了他五百',
  ])('does not flag a past, negated or feared event: %s', (text) => {
    expect(router.detectEmergency(text)).toBeNull();
  });

  // Invented sentences: violence moments ago or hiding now is danger now; the same act with a past marker is not.
  it.each([
    ['他喝醉了就打人，刚刚又打了我一顿，我现在躲在楼下小卖部', '110'],
    ['我老公刚才踢了我好几脚，孩子也被吓坏了', '110'],
    ['他以前就动手，现在又掐着我脖子不放', '110'],
    ['上個月他打過我一次，剛才又打了我，我現在躲在鄰居家', '110'],
    ['婆婆刚才被他推倒了，他现在还在打她', '110'],
    ['房子塌了，人被压在下面出不来', '119'],
    ['老屋的屋顶正在塌，我妈还在里面', '119'],
    ['工棚倒了，刚才砸伤了两个工人', '119'],
    ['後山的坡裂開了，石頭一直往下滾', '119'],
  ])('flags an act marked as happening now: %s → %s', (text, hotline) => {
    expect(router.detectEmergency(text)?.hotline).toBe(hotline);
    expect(router.decide(text).route).toBe('emergency');
  });

  // Invented sentences: damage is a complaint; past or habitual acts with no now marker are not danger now.
  it.each([
    '隔壁厂子天天放炮，我家的墙都震裂了，要求赔偿',
    '土坯房年久失修，墙也开裂了，屋顶还漏雨',
    '修路的压路机把我家院墙压出了好几道裂缝',
    '我家墙體開裂了，申請危房改造一直沒批',
    '去年他打了我一顿，医药费到现在还没给',
    '老公经常打我，现在已经分居两年，想离婚',
    '那次被打以后我一直躲在娘家，现在想要回孩子',
    '他现在天天打我电话催债',
  ])('does not flag damage or a past act: %s', (text) => {
    expect(router.detectEmergency(text)).toBeNull();
    expect(router.decide(text).route).not.toBe('emergency');
  });

  it('puts the emergency first and keeps the ordinary route as the next step', () => {
    const result = router.decide('他正在打我，还说要打死我，我们是因为宅基地吵起来的');
    expect(result.route).toBe('emergency');
    expect(result.emergency?.hotline).toBe('110');
    expect(result.alternatives[0]?.route).toBe('mediation');
    expect(result.rationale).toContain('110');
  });
});

describe('who is reporting', () => {
  it.each([
    ['我家的补助被停了，村里说是有人举报我家条件好', '申诉求决'],
    ['低保被取消了，听说是邻居举报的', '申诉求决'],
    ['我被人举报占道经营，罚了我两千', '申诉求决'],
    ['我要举报村会计挪用救灾款', '检举控告'],
    ['想檢舉我們村的砂場偷偷挖河沙', '检举控告'],
  ])('%s → %s', (text, kind) => {
    expect(router.decide(text).kind).toBe(kind);
  });
});
