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
    '隔壁把我家出门的路用石头砌起来了，说那是他家的地',
    '举报的事名字就不说了，怕他以后报复',
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

  // Invented sentences, one or two per danger family: the vocabulary is broad, not a list of known cases.
  it.each([
    ['我弟弟拿着一根钢管在追我爸，已经打破头了', '110'],
    ['有个醉汉举着酒瓶子在小卖部门口见人就砸', '110'],
    ['我家那口子又喝多了，正拿皮带抽孩子', '110'],
    ['我对象喝醉了在掐我，我偷偷发的', '110'],
    ['有几个人蒙着脸在敲我家门，我一个人在家', '110'],
    ['我被工头锁在工棚里两天了，出不去', '110'],
    ['孩子被一个陌生人抱上摩托车带走了', '110'],
    ['我坐在铁轨上，火车快来了', '120'],
    ['刚把门窗都封死了，炭盆点上了，别来找我', '120'],
    ['我想把这些药都吃了，反正也没人在乎我', '120'],
    ['对面楼五层窗户往外蹿火苗，里面好像有老人', '119'],
    ['电动车在楼道里充电着了，整栋楼都是烟，我们下不去', '119'],
    ['灶台那边的液化气瓶嘶嘶地响，一股臭鸡蛋味', '119'],
    ['矿井下面塌方了，还有五个人在里面', '119'],
    ['河里的水一下子涨上来了，我们家被围住了', '119'],
    ['一个老人骑车掉进水渠里了，还在扑腾', '119'],
    ['我家老头子有痴呆，下午自己走出去了，天黑了还没回来', '110'],
    ['三岁儿子在商场里走散了，广播喊了也没人应', '110'],
    ['婆婆吃饭噎住了，脸都憋紫了', '120'],
    ['我家宝宝吞了一颗纽扣电池', '120'],
    ['老伴突然说不出话，右手抬不起来了', '120'],
    ['我爸骑摩托摔沟里了，腿断了，动不了', '120'],
    ['孩子发烧四十度，一直抽', '120'],
    ['路口一辆面包车把骑电动车的大爷撞飞了，人在地上抽', '120'],
  ])('generalises to new wording: %s → %s', (text, hotline) => {
    expect(router.detectEmergency(text)?.hotline).toBe(hotline);
  });

  // Invented sentences: negated, past, over, hearsay, figurative, proposed, a legal question or a written report.
  it.each([
    '我们村去年着了一场大火，烧了好几户，救灾款还没发',
    '我老公以前喝醉了会打人，现在戒酒了，想问离婚财产怎么分',
    '新闻里说邻县山洪冲走了几个人，我们村的河道要不要清一清',
    '有人在微信群里说要炸掉镇政府，是不是该举报',
    '我不会想不开的，你们放心，就是想要回工钱',
    '领导，我们的工资再不发就活不下去了，孩子要交学费',
    '我妈说再不给低保她就去跳河，我们劝住了',
    '他扬言要杀我全家，那是三年前的事',
    '邻居总说要弄死我家的狗，能不能报警',
    '孩子没有走丢，是自己去了奶奶家，虚惊一场',
    '有人在村口烧秸秆，浓烟滚滚，影响出行',
    '工厂排放的废气呛得我们喘不上气，要求搬迁',
    '我想咨询一下失火罪怎么判',
    '建议在河边竖警示牌，防止小孩溺水',
    '老人走失了怎么办理寻人启事',
    '儿子去年出去打工，到现在还没回来过年',
    '这破事真要把人气死了，申请了三次都不批',
    '上礼拜老家发大水，房子进了水，现在水退了想申请补助',
    '造纸厂半夜偷排污水，一股臭鸡蛋味，熏得人头疼',
    '有人在河滩上烧轮胎，黑烟呛得人喘不上气',
    '羊挣断绳子跑进邻居菜地吃光了白菜，他要我赔五百',
    '镇上的老兽医去年走了，到现在没人接手，村里都是老人',
  ])('does not flag: %s', (text) => {
    expect(router.detectEmergency(text)).toBeNull();
  });

  // Capabilities of the evaluator, each on an invented pair of sentences.
  it('needs both signals of a pair, close together', () => {
    expect(router.detectEmergency('我现在在河边，这辈子就这样吧')?.hotline).toBe('120');
    expect(router.detectEmergency('我现在在河边钓鱼')).toBeNull();
    expect(router.detectEmergency('楼道里都是烟，我们下不去')?.hotline).toBe('119');
    expect(router.detectEmergency('楼下饭店油烟太大，熏得窗户都黑了')).toBeNull();
  });

  it('carries a past marker into the next clause that has none of its own', () => {
    expect(router.detectEmergency('前几天有人来偷鸡，我拿棍子把他打跑了，现在他要我赔钱')).toBeNull();
    expect(router.detectEmergency('我拿棍子把他打跑了，他又拿着刀回来了')?.hotline).toBe('110');
  });

  it('counts a now-only act when an ongoing state follows it or the message pleads for help', () => {
    expect(router.detectEmergency('隔壁男的在打他媳妇')?.hotline).toBe('110');
    expect(router.detectEmergency('隔壁男的打了他媳妇')).toBeNull();
    expect(router.detectEmergency('隔壁男的打了他媳妇，已经二十分钟了还没停')?.hotline).toBe('110');
    expect(router.detectEmergency('快来人，隔壁男的打了他媳妇')?.hotline).toBe('110');
  });

  it('treats a written petition as a report: danger words need a now marker, self-harm still counts', () => {
    expect(router.detectEmergency('尊敬的领导：1.小区电线老化着火，烧坏了电表。2.物业一直不修。')).toBeNull();
    expect(router.detectEmergency('尊敬的领导：我家厨房现在着火了')?.hotline).toBe('119');
    expect(router.detectEmergency('尊敬的书记：讨薪三年无果，我已经不想活了')?.hotline).toBe('120');
  });

  it('drops a category when the message is about something else', () => {
    expect(router.detectEmergency('我妈打完针就喘不上气，转院也没抢救过来，我们要个说法')).toBeNull();
    expect(router.detectEmergency('要是小偷拿刀进了我家，我打伤他算不算正当防卫')).toBeNull();
    expect(router.detectEmergency('我说要跳楼那是气话，就是想问问补偿')).toBeNull();
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
