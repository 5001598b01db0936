import type { Draft } from '../intake/types.js';
import type { PetitionAction, Rating, SessionDraft } from '../petitions/index.js';
import type { Kind, Level, RouteCode, RouteOption, Topic } from '../routing/types.js';

/** The four demo places of DESIGN.md, with a few villages each (codes: 国家统计局 区划代码, knowledge/divisions). */
export const DEMO_TOWNS: readonly { county: string; town: string; prefix: string; villages: readonly (readonly [string, string])[] }[] = [
  { county: '梁子湖区', town: '东沟镇', prefix: '420702101', villages: [['茅圻村', '420702101209'], ['大桥村', '420702101201'], ['东沟村', '420702101203']] },
  { county: '罗甸县', town: '沫阳镇', prefix: '522728109', villages: [['江亭村', '522728109202'], ['罗沟村', '522728109200'], ['沫阳村', '522728109204']] },
  { county: '准格尔旗', town: '沙圪堵镇', prefix: '150622101', villages: [['不拉村', '150622101206'], ['纳林村', '150622101208']] },
  { county: '上栗县', town: '金山镇', prefix: '360322103', villages: [['金山村', '360322103200'], ['凤亭村', '360322103201'], ['龙泉村', '360322103202']] },
];

type Place = { county: string; town: string; village: string };

interface Template {
  topic: Topic;
  kind: Kind;
  route: RouteCode;
  level: Level;
  body: (p: Place) => string;
  words: (p: Place) => string;
  summary: string;
  request: string | null;
  amount?: number;
  people?: number;
  alternatives?: (p: Place) => RouteOption[];
  basis: { doc: string; article: string; text: string };
}

const XF = (article: string, text: string) => ({ doc: '信访工作条例', article, text });

/** Typical village matters, written for the demo (not taken from any evaluation set). */
const TEMPLATES: Template[] = [
  {
    topic: '劳动社保', kind: '申诉求决', route: 'labor_arbitration', level: 'county',
    body: (p) => `${p.county}劳动人事争议仲裁委员会`,
    words: (p) => `我在${p.town}的砖厂干了半年，厂里说效益不好，最后四个月的工钱一直拖着不给，一共九千四百块。`,
    summary: '砖厂拖欠四个月工资共九千四百元', request: '督促砖厂结清工资', amount: 9400, people: 1,
    alternatives: (p) => [{ route: 'law_enforcement', body: `${p.county}人社局劳动保障监察`, reason: '欠薪也可以向劳动保障监察投诉', basis: [{ doc: '保障农民工工资支付条例', article: '第四十九条' }] }],
    basis: { doc: '劳动争议调解仲裁法', article: '第二十七条', text: '劳动争议申请仲裁的时效期间为一年。' },
  },
  {
    topic: '农村农业', kind: '申诉求决', route: 'land_arbitration', level: 'county',
    body: (p) => `${p.county}农村土地承包仲裁委员会`,
    words: (p) => `${p.village}组里重新分地，我家两亩承包田被划给了别人，说是调整，可承包合同还没到期。`,
    summary: '承包期内两亩承包地被调整给他人', request: '恢复原承包地',
    basis: { doc: '农村土地承包经营纠纷调解仲裁法', article: '第十八条', text: '农村土地承包经营纠纷申请仲裁的时效期间为二年。' },
  },
  {
    topic: '城乡建设', kind: '申诉求决', route: 'xinfang', level: 'town',
    body: (p) => `${p.town}人民政府`,
    words: (p) => `${p.village}村口那段水泥路去年才修，今年一下大雨就塌了好几处，拖拉机过不去，娃娃上学绕远路。`,
    summary: '村口水泥路雨后塌陷，影响通行', request: '尽快修复道路',
    basis: XF('第三十一条', '对依法应当通过信访渠道处理的事项，出具信访处理意见书。'),
  },
  {
    topic: '环境保护', kind: '检举控告', route: 'law_enforcement', level: 'county',
    body: (p) => `${p.county}生态环境分局`,
    words: () => '河边新开了一个养猪场，粪水直接往河里放，夏天臭得窗户都不敢开，下游还有人洗衣服。',
    summary: '养猪场粪污直排河道', request: '依法查处，停止排污', people: 20,
    basis: { doc: '环境保护法', article: '第五十七条', text: '公民发现污染环境的行为，有权向环境保护主管部门举报。' },
  },
  {
    topic: '民政救助', kind: '申诉求决', route: 'admin_procedure', level: 'town',
    body: (p) => `${p.town}社会事务办`,
    words: () => '老伴瘫在床上两年了，家里就靠我种点地，药钱都凑不齐，想申请低保不晓得找哪个。',
    summary: '家庭困难，咨询并申请最低生活保障', request: '帮助办理低保申请',
    basis: { doc: '社会救助暂行办法', article: '第十一条', text: '申请最低生活保障，向户籍所在地的乡镇人民政府提出书面申请。' },
  },
  {
    topic: '邻里纠纷', kind: '申诉求决', route: 'mediation', level: 'village',
    body: (p) => `${p.village}人民调解委员会`,
    words: () => '隔壁盖新房把滴水檐伸到我家院子上头，一下雨水全往我家淌，跟他说了几回都不改。',
    summary: '邻居新房滴水檐伸入院内，雨水排向自家', request: '调解，改正屋檐排水',
    basis: { doc: '人民调解法', article: '第十七条', text: '当事人可以向人民调解委员会申请调解。' },
  },
  {
    topic: '纪检监察', kind: '检举控告', route: 'discipline', level: 'county',
    body: (p) => `${p.county}纪委监委`,
    words: (p) => `${p.village}的危房改造补贴名单里有村干部的亲戚，人家住的是三层新楼。`,
    summary: '反映村干部亲属违规享受危房改造补贴', request: '调查核实并公开名单',
    basis: XF('第三十条', '检举控告类事项，依规依纪依法处理。'),
  },
  {
    topic: '征地拆迁', kind: '申诉求决', route: 'admin_review', level: 'county',
    body: (p) => `${p.county}人民政府（行政复议）`,
    words: () => '修路占了我家宅基地，补偿标准比邻村低一截，征收补偿决定我们不服。',
    summary: '对征收补偿决定的补偿标准不服', request: '重新核定补偿标准', people: 4,
    basis: { doc: '行政复议法', article: '第二十条', text: '自知道该行政行为之日起六十日内提出行政复议申请。' },
  },
  {
    topic: '医疗卫生', kind: '申诉求决', route: 'law_enforcement', level: 'county',
    body: (p) => `${p.county}医疗保障局`,
    words: (p) => `${p.town}卫生院开药，医保目录里有的药也让我们到外面药店自费买。`,
    summary: '卫生院要求自费外购医保目录内药品', request: '退还费用，规范用药报销', amount: 680,
    basis: XF('第三十一条', '依法应当通过行政执法途径处理的，告知信访人。'),
  },
  {
    topic: '教育', kind: '建议意见', route: 'suggestion', level: 'county',
    body: (p) => `${p.county}教育局`,
    words: () => '村小撤了以后娃娃要走十几里山路去镇上读书，建议开一趟校车或者恢复教学点。',
    summary: '建议开通校车或恢复村教学点', request: null,
    basis: XF('第二十九条', '对信访人提出的建议意见类事项，有关机关应当认真研究论证。'),
  },
  {
    topic: '交通运输', kind: '建议意见', route: 'suggestion', level: 'county',
    body: (p) => `${p.county}交通运输局`,
    words: () => '过境拉煤的大货车太多，村口既没有减速带也没有红绿灯，建议装上。',
    summary: '建议村口路段设置减速带和信号灯', request: null,
    basis: XF('第二十九条', '对信访人提出的建议意见类事项，有关机关应当认真研究论证。'),
  },
  {
    topic: '市场监管', kind: '检举控告', route: 'law_enforcement', level: 'county',
    body: (p) => `${p.county}市场监督管理局`,
    words: (p) => `${p.town}街上那家农资店卖的复合肥是假的，撒下去苗都黄了，好几户都买了他家的。`,
    summary: '农资店销售假复合肥致多户减产', request: '查处假肥，赔偿损失', people: 6, amount: 5200,
    basis: { doc: '消费者权益保护法', article: '第五十五条', text: '经营者提供商品有欺诈行为的，应当增加赔偿。' },
  },
  {
    topic: '治安安全', kind: '申诉求决', route: 'law_enforcement', level: 'town',
    body: (p) => `${p.town}派出所`,
    words: () => '最近晚上总有人来偷电缆和抽水泵，已经丢了好几回，报过一次警还没有下文。',
    summary: '村内电缆、水泵多次被盗', request: '加强夜间巡逻，尽快破案',
    basis: XF('第三十一条', '属于公安机关职权范围的，依法通过法定途径处理。'),
  },
  {
    topic: '婚姻家庭', kind: '申诉求决', route: 'mediation', level: 'village',
    body: (p) => `${p.village}人民调解委员会`,
    words: () => '儿子儿媳在外头打工，好几年不给生活费，我七十多了，地也种不动了。',
    summary: '子女不履行赡养义务', request: '调解，按月给付赡养费',
    alternatives: (p) => [{ route: 'judicial', body: `${p.county}人民法院`, reason: '调解不成可以起诉追索赡养费', basis: [{ doc: '民法典', article: '第一百八十八条' }] }],
    basis: { doc: '人民调解法', article: '第十七条', text: '当事人可以向人民调解委员会申请调解。' },
  },
  {
    topic: '涉法涉诉', kind: '申诉求决', route: 'judicial', level: 'county',
    body: (p) => `${p.county}人民法院`,
    words: () => '前年借给同组的人三万块钱，打了借条，到期一直拖着不还，电话也不接。',
    summary: '借款三万元到期不还', request: '归还借款', amount: 30000,
    basis: { doc: '民法典', article: '第一百八十八条', text: '向人民法院请求保护民事权利的诉讼时效期间为三年。' },
  },
  {
    topic: '劳动社保', kind: '申诉求决', route: 'admin_procedure', level: 'county',
    body: (p) => `${p.county}人力资源和社会保障局`,
    words: () => '在厂里搬货摔断了腿，老板不给报工伤，说是我自己不小心。',
    summary: '工作中受伤，单位不申报工伤认定', request: '申请工伤认定',
    basis: { doc: '工伤保险条例', article: '第十七条', text: '用人单位未提出工伤认定申请的，职工可以在一年内直接申请。' },
  },
];

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高罗郑梁谢宋唐许韩冯邓曹彭曾';
const GIVEN = ['建国', '秀英', '桂兰', '德明', '春梅', '国强', '玉珍', '志华', '红霞', '永福', '金凤', '长青', '美兰', '海生', '淑芬', '家旺'];

/** Deterministic pseudo-random numbers (mulberry32), so a seed produces the same demo every time. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type DemoStep =
  | { at: Date; kind: 'action'; action: PetitionAction }
  | { at: Date; kind: 'assign'; owner: string }
  | { at: Date; kind: 'rate'; rating: Rating; note: string };

export interface DemoPetition {
  citizenId: string;
  idempotencyKey: string;
  submittedAt: Date;
  source: SessionDraft;
  steps: DemoStep[];
}

const DAY = 86_400_000;

/** `count` petitions submitted over the `days` before `now`, each progressed as far as its age allows. */
export function demoPetitions(count: number, now: Date, options: { days?: number; seed?: number } = {}): DemoPetition[] {
  const rnd = seededRandom(options.seed ?? 20260301);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const days = options.days ?? 180;
  return Array.from({ length: count }, (_, i) => {
    const town = DEMO_TOWNS[i % DEMO_TOWNS.length];
    if (!town) throw new Error('no demo towns');
    const [village, division] = pick(town.villages);
    const place = { county: town.county, town: town.town, village };
    const tpl = TEMPLATES[Math.floor(rnd() * TEMPLATES.length)] ?? TEMPLATES[0];
    if (!tpl) throw new Error('no templates');
    const name = `${pick([...SURNAMES])}${pick(GIVEN)}`;
    const phone = `1${pick(['35', '37', '38', '39', '58', '77', '86', '89'])}${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}`;
    const submittedAt = new Date(now.getTime() - rnd() * days * DAY);
    const anonymous = tpl.kind === '检举控告' && rnd() < 0.4;
    const draft: Draft = {
      kind: tpl.kind, topic: tpl.topic, route: tpl.route, alternatives: tpl.alternatives?.(place) ?? [], level: tpl.level,
      body: tpl.body(place), division, name: anonymous ? null : name, phone, people: tpl.people ?? 1, amount: tpl.amount ?? null,
      previous: rnd() < 0.2 ? ['曾向村委会反映'] : [], agent: null, anonymous, summary: tpl.summary, request: tpl.request,
      facts: tpl.words(place),
    };
    const citizenText = [tpl.words(place), tpl.request ? `希望能${tpl.request}。` : '就是想把这个意见反映上去。', anonymous ? '不想留名字。' : `我叫${name}，电话${phone}。`];
    return {
      citizenId: `demo-${i}`,
      idempotencyKey: `demo-key-${i}`,
      submittedAt,
      source: { draft, citizenText, rationale: `按“${tpl.topic}”类事项处理，建议途径见引用条文。`, citations: [tpl.basis] },
      steps: progress(submittedAt, now, rnd, place),
    };
  });
}

/** Moves a petition along its lifecycle at plausible intervals; some decisions and replies come late. */
function progress(submittedAt: Date, now: Date, rnd: () => number, place: Place): DemoStep[] {
  const steps: DemoStep[] = [];
  const after = (from: Date, minDays: number, maxDays: number) => new Date(from.getTime() + (minDays + rnd() * (maxDays - minDays)) * DAY);
  const decidedAt = after(submittedAt, 1, rnd() < 0.8 ? 14 : 24);
  if (decidedAt > now) return steps;
  const roll = rnd();
  if (roll < 0.1) {
    steps.push({ at: decidedAt, kind: 'action', action: { type: 'not_accept', reason: '该事项已进入诉讼程序，依法应通过诉讼途径解决' } });
    return steps;
  }
  if (roll < 0.22) {
    steps.push({ at: decidedAt, kind: 'action', action: { type: 'refer', to: `${place.county}有关职能部门` } });
    return steps;
  }
  steps.push({ at: decidedAt, kind: 'action', action: { type: 'accept' } });
  const startedAt = after(decidedAt, 0, 3);
  if (startedAt > now) return steps;
  if (rnd() < 0.5) steps.push({ at: startedAt, kind: 'assign', owner: `${place.town}副镇长` });
  steps.push({ at: startedAt, kind: 'action', action: { type: 'start' } });
  const repliedAt = after(startedAt, 10, rnd() < 0.8 ? 55 : 80);
  if (repliedAt > now) return steps;
  steps.push({ at: repliedAt, kind: 'action', action: { type: 'reply', text: '经调查核实，已协调有关部门处理，处理结果已当面告知。' } });
  const r = rnd();
  const rating: Rating = r < 0.72 ? '满意' : r < 0.9 ? '基本满意' : '不满意';
  const calledAt = after(repliedAt, 2, 10);
  if (calledAt > now) return steps;
  steps.push({ at: calledAt, kind: 'rate', rating, note: '电话回访' });
  if (rating !== '不满意') steps.push({ at: calledAt, kind: 'action', action: { type: 'close' } });
  return steps;
}

/** Demo staff: one account per role and place. */
export const DEMO_STAFF = [
  { username: 'admin', displayName: '系统管理员', role: 'admin', divisionPrefix: '' },
  { username: 'lzh-xfj', displayName: '梁子湖区信访局', role: 'supervisor', divisionPrefix: '420702' },
  { username: 'donggou', displayName: '东沟镇综治中心', role: 'clerk', divisionPrefix: '420702101' },
  { username: 'moyang', displayName: '沫阳镇信访办', role: 'clerk', divisionPrefix: '522728109' },
  { username: 'shagedu', displayName: '沙圪堵镇综治中心', role: 'clerk', divisionPrefix: '150622101' },
  { username: 'jinshan', displayName: '金山镇综治中心', role: 'clerk', divisionPrefix: '360322103' },
  { username: 'maoqi-grid', displayName: '茅圻村网格员', role: 'grid_worker', divisionPrefix: '420702101209' },
] as const;
