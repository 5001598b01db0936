import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadChannelDirectory } from '../../server/src/routing/channels.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../server/src/routing/knowledge-files.js';
import { normalizeForRouting } from '../../server/src/routing/normalize.js';
import { compileRules, loadRuleBook } from '../../server/src/routing/rules.js';

const book = loadRuleBook(DEFAULT_KNOWLEDGE_DIR);
const engine = compileRules(book);

/** One citizen-style message per rule (written for these tests), showing what the rule is for. */
const EXAMPLES: Record<string, string> = {
  'suggestion-lead': '建议村里把晒谷场边上的空地改成停车的地方',
  'child-labor': '镇上服装厂招了好几个十五岁的孩子在车间干活',
  'public-nuisance': '街上天天有人骑改装摩托飙车，半夜轰得没法睡',
  'transport-violation': '跑乡里的客车天天超员，过道上都站满了人',
  'illegal-medical-practice': '村东头有人没有行医执照，在家给人输液',
  'pollution-damage': '砖厂的污水流进我家稻田，减产一大半，损失要他们赔',
  'agreement-unpaid': '村里调解时他答应赔我两千，到现在一分钱也没给',
  'neighbour-damage': '隔壁那家砸坏了我家的院门，还不认账',
  'inheritance-dispute': '我爸过世以后，后妈跟我们为了老房子闹得很僵',
  'care-institution': '我爸在敬老院里身上有伤，院里不给说法',
  'legal-aid': '我想申请法律援助，可是不知道找谁',
  'refusal-decision': '交了申请，结果收到一份不予批准的通知',
  'agency-written-decision': '医保局给了书面认定，说我这个病不在报销范围，我不服',
  'review-request': '交警队给我的处罚我觉得不对，想申请复议要准备什么',
  'safety-hazard-report': '路口那家小卖部偷偷零卖汽油，用矿泉水瓶装着卖',
  'party-discipline-appeal': '支部说我违反换届纪律，给了我党内严重警告，我不服',
  'child-welfare-application': '邻居家孩子爹妈都不在了，跟着姑姑过，能不能申请孤儿基本生活费',
  'after-review-decision': '市里的复议决定维持了罚款，我还是不服，接下来怎么办',
  'wildlife-damage': '山上的野猪晚上下来把我家的红薯地拱了一大片',
  'police-inaction': '家里的牛被偷了，报了案三个月到现在都没个结果',
  'school-fee-refund': '孩子转学走了，学校说这学期的伙食费不退',
  'disability-assessment': '我腿截肢了残疾等级才给评了个四级，能不能申请复评',
  'insurance-gap-closed-employer': '我原来的单位早就破产了，当年欠缴的几年养老保险现在怎么补缴',
  'registration-error': '我的身份证被人冒用，户口上多了一个不认识的人',
  'financial-service': '信用社非要我本人到场才给办，我人在外地回不去',
  'public-housing-quality': '住的公租房才两年就开裂漏水，找谁都推来推去',
  'lawyer-complaint': '请的律师收了钱以后就联系不上了',
  'farm-subsidy': '今年的种粮补贴到现在都没发下来',
  'valuation-review': '征收的房子评得太低，我对评估结果有异议',
  'forced-land-transfer': '村里把我们组的承包地流转给了老板，事先没问过我们同意不同意',
  'request-investigation': '这家店卖的东西有问题，请有关部门查一查',
  'funds-whereabouts': '上面拨的修路经费都花到哪里去了，路还是烂的',
  'vaccine-reaction': '孩子打完疫苗第二天就高烧住院，医生说可能是异常反应',
  'xinfang-final': '县政府已经给了复核意见，还是维持原来的说法，我还能再上访吗',
  'xinfang-recheck': '市里给了复查意见我不服，想申请复核',
  'xinfang-review': '镇政府给我的信访处理意见书我不认可',
  'court-decided': '法院判决下来半年了，对方一直不执行',
  'labor-dispute': '厂里拖欠我三个月工资不发',
  'labor-employer': '我在包工头手下干活，说好的钱到现在没结',
  'wage-arrears-report': '我们二十多个农民工的工钱，包工头跑路了',
  'work-injury-recognition': '在厂里摔伤了腰，老板不给申请工伤认定怎么办',
  'land-contract': '村里把我家的责任田收回去分给别人了',
  expropriation: '修高速征地，我家的补偿款到现在还没到位',
  'expropriation-decision': '镇里下了限期拆除通知，说我家房子是违建要强拆',
  'information-disclosure': '我想申请公开征地补偿的明细，镇里说是内部资料',
  'official-misconduct': '村支书把低保名额优亲厚友给了他亲戚',
  'bribe-hint': '去所里办证，窗口的人暗示我意思意思才给快点办',
  'report-official': '我要举报镇长在工程上吃回扣',
  'administrative-penalty': '城管把我的三轮车没收了还罚款两百',
  'social-assistance': '我家老人瘫痪，想问问能不能申请低保',
  'assistance-application': '我妈七十多了一个人过，我哥不管她，想给她申请低保',
  'assistance-denied': '我家的低保今年突然被取消了，也没说原因',
  pollution: '养猪场的粪水直接排到河里，臭得没法住',
  'wrongdoer-act': '有人半夜偷偷往山沟里倒建筑垃圾',
  'polluter-report': '村口搅拌站天天扬尘，灰大得门都不敢开',
  'employer-social-insurance': '公司三年没给我交五险，辞职的时候才发现',
  'water-dispute': '上游那个组把水渠截了，我们的秧田放不到水',
  'elder-support': '我七十多了，两个儿子都不给钱也不来看我',
  'building-permit': '想在老宅基地上翻建两间平房，镇里说审批卡住了不给批',
  'market-consumer': '在集市上买到过期的奶粉，商家不给退',
  'public-security': '村里有人聚众赌博，天天打牌到半夜',
  'neighbour-dispute': '隔壁盖新房把我家的出路堵了',
  'family-dispute': '两个儿子都不赡养老母亲，互相推',
  'divorce-custody': '我想离婚，孩子抚养权想要过来',
  'civil-debt': '亲戚借了我三万块钱写了借条，一直不还',
  'medical-dispute': '卫生院给我爸打错了针，现在落下后遗症',
  'property-housing': '开发商说好去年交房，到现在还没交',
  'property-management': '小区物业不管事还涨物业费',
  'school-enrolment': '孩子转学过来，学校说学籍办不了',
  'public-service-unmet': '我们组的自来水停水半个月了没人管',
  'benefit-unpaid': '去年的退耕还林补贴一直没发',
  'village-affairs': '村里的账目从来不公开，村民都不知道钱花哪了',
  'child-marriage': '邻居家闺女才十五岁就被爹妈逼着嫁人了，书也不让念了',
  'declare-missing': '我哥出去打工十几年没有音信了，家里的房子要分，能不能先宣告失踪',
  'dangerous-dog': '对门散养的大狼狗不拴绳，见人就追，已经咬伤过两个孩子了',
  'fire-safety': '小区的消防通道被私家车停满了，跟物业讲了也没用',
  'rental-dispute': '合同还没到期，房东就要我们月底搬走，押金一分不退',
  'property-coercion': '物业说我们欠了半年物业费，昨天把我家的电停了',
  'injury-compensation': '在村口被人撞倒了，腰扭伤住了一礼拜院，想让他赔医药费',
  'review-period-passed': '城管的处罚决定半年前给的，复议的六十天早就过了，还能告吗',
  'helper-injury': '去亲戚家帮忙盖房子从架子上摔下来腿骨折了，他们只给了一千',
  'old-enterprise-legacy': '厂子改制的时候让我们买断工龄，说好的安置费一直没给全',
  'election-bribery': '换届选举前有人挨家挨户送米送油，让投他一票',
  'village-fine': '村里规定谁家门口堆柴火就罚一百，这合理吗',
  'suggestion-explicit': '建议在镇上多开一班去县城的公交车',
  'suggestion-wish': '希望县里能在我们乡增设一个快递点',
  'suggestion-proposal': '镇上的垃圾收费应该统一标准，理由如下：一是各村收得不一样',
  'report-generic': '我要举报一个无证行医的黑诊所',
  'social-insurance-benefit': '到社保所办领取养老金，经办的说材料不全不给办',
  'illegal-land-use': '有人占用耕地建了个养鸡场，也没人管',
  'public-funds-abuse': '扶贫名单上有人去世三年了还在领补助，这钱进了谁的腰包',
  'certificate-correction': '土地确权的时候我家的面积登错了，证上比实际少了一亩多',
  'homestead-application': '家里分户了想申请一块宅基地，村里说今年没有指标',
  'agency-penalty': '交警说我超载把我的货车扣了，我根本没超',
  'school-injury': '孩子课间在学校被同学推倒摔断了胳膊，学校让我们自己去找对方家长',
  'animal-damage': '对面那户的牛跑进我家麦地，吃了一大片，他不肯赔',
  'traffic-accident': '我骑三轮车被小轿车撞伤了，交警认定对方主要责任，对方一直拖着不赔',
  'collective-membership': '村里分红说我是出嫁女不给我，可我户口一直在村里',
  'xinfang-progress': '上个月给信访局寄了材料，到现在没人告诉我受理没有',
  'arbitrary-charges': '村里每户收五十块卫生费，问他要收据也不开',
  'labor-inspection-report': '工厂每天让我们干十二个小时还不给加班费，我想到劳动监察投诉',
  'illegal-construction': '有人没有任何手续在河道边上盖了一排房子',
  'land-ownership-dispute': '我们村和隔壁村为了山林界线吵了十几年，一直说不清',
  'admin-inaction': '低保申请交上去四个月了，镇里既不批也不答复',
  'assistance-revoked-notice': '民政局发通知取消了我家的特困供养，理由是我有个女儿',
  'student-aid': '娃考上高中了，家里困难，助学金到哪里申请',
  'household-registration': '孩子出生在外地，回来上户口派出所说要出生证明',
  'private-debt': '同学找我借了两万块钱打了借条，三年了一直说没钱',
  'permit-unanswered': '申请办建房审批，材料交上去三个月了没有任何答复',
  'mediation-request': '我和弟弟为了老屋的一面墙闹僵了，想请村里的调解员来说和说和',
  'mediation-failed': '为了门前那条水沟，镇调委会调了好几次他都不来，还能怎么办',
  'report-inaction': '去年九月向城管投诉夜市占道，过了三个月一点回音都没有',
  'inaction-challenge': '农机站收了材料就放着不管，这种不作为我能不能去复议',
  'application-howto': '家里种的茶想办个小作坊，食品生产许可要准备哪些材料',
  'demolition-order': '镇里给我下了责令拆除的通知，说院里的偏房超了面积',
  'nuisance-to-home': '楼上那户天天把拖地的脏水往我家阳台上泼，说了也不听',
};

describe('routing rules', () => {
  it.each(book.rules.map((r) => [r.id, r] as const))('rule %s fires on its example and is explained', (id, rule) => {
    const example = EXAMPLES[id];
    expect(example, `add an example for rule ${id}`).toBeDefined();
    const fired = engine.fire(normalizeForRouting(example ?? ''));
    expect(fired.map((f) => f.rule.id)).toContain(id);
    expect(rule.description.length).toBeGreaterThan(4);
    expect(rule.reason.length).toBeGreaterThan(4);
    expect(rule.basis.length).toBeGreaterThan(0);
  });

  it('has no example for a rule that no longer exists', () => {
    const ids = new Set(book.rules.map((r) => r.id));
    expect(Object.keys(EXAMPLES).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('reports the words that fired a rule', () => {
    const fired = engine.fire(normalizeForRouting('厂里拖欠我三个月工资不发'));
    expect(fired.find((f) => f.rule.id === 'labor-dispute')?.evidence).toContain('工资');
  });
});

/** Titles and article numbers present in knowledge/corpus, read straight from the markdown. */
function corpusArticles(): Map<string, Set<string>> {
  const dir = join(DEFAULT_KNOWLEDGE_DIR, 'corpus');
  const out = new Map<string, Set<string>>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    const title = /^title:\s*"?(.+?)"?\s*$/m.exec(text)?.[1] ?? '';
    const status = /^status:\s*"?(.+?)"?\s*$/m.exec(text)?.[1] ?? '';
    if (status !== '现行有效') continue;
    out.set(title, new Set([...text.matchAll(/^(第[零一二三四五六七八九十百千]+条)/gm)].map((m) => m[1] ?? '')));
  }
  return out;
}

describe('legal bases', () => {
  const articles = corpusArticles();
  const channels = JSON.parse(readFileSync(join(DEFAULT_KNOWLEDGE_DIR, 'channels/default.json'), 'utf8')) as unknown;
  const channelBases = JSON.stringify(channels).match(/\{"doc":"[^"]+","article":"[^"]+"\}/g) ?? [];
  const bases = [
    ...book.rules.flatMap((r) => r.basis.map((b) => [`rule ${r.id}`, b] as const)),
    ...book.fallback.basis.map((b) => ['fallback', b] as const),
    ...Object.entries(book.routeDefaults).flatMap(([route, d]) => d.basis.map((b) => [`default ${route}`, b] as const)),
    ...channelBases.map((json) => ['channel directory', JSON.parse(json) as { doc: string; article: string }] as const),
  ];

  it.each(bases.map(([where, b]) => [where, `${b.doc} ${b.article}`, b] as const))(
    '%s cites %s, a current article in the corpus',
    (_, __, basis) => {
      expect(articles.has(basis.doc), `no current document titled ${basis.doc}`).toBe(true);
      expect(articles.get(basis.doc)?.has(basis.article)).toBe(true);
    },
  );

  it('loads the channel directory with every route', () => {
    const directory = loadChannelDirectory(DEFAULT_KNOWLEDGE_DIR);
    const choice = directory.choose({ route: 'labor_arbitration', level: null, stage: null, division: null, place: {}, now: new Date('2025-01-01'), when: null });
    expect(choice.body).toContain('劳动人事争议仲裁委员会');
    expect(choice.deadlines[0]?.basis).toEqual({ doc: '中华人民共和国劳动争议调解仲裁法', article: '第二十七条' });
  });
});
