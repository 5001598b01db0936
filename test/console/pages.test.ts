import { beforeAll, describe, expect, it } from 'vitest';
import { createStaffUser } from '../../server/src/console/index.js';
import { computeStats, transition } from '../../server/src/petitions/index.js';
import { type TestApp, citizenToken, makePetitionApp, sampleDraft, sessionId, submitRequest } from '../petitions/fixture.js';
import { ConsoleClient } from './browser-less.js';
import { readZipEntry } from './zip.js';

const PASSWORD = 'correct-horse-battery';
let t: TestApp;
let clerk: ConsoleClient;
let supervisor: ConsoleClient;
let csrf: string;

const file = async (session: string, overrides: Parameters<typeof sampleDraft>[0]) => {
  t.drafts.set(session, sampleDraft(overrides));
  const token = await citizenToken(t.app, `citizen-${session}`);
  const res = await t.app.request('/api/petitions', submitRequest(token, session, `submit-key-${session}`));
  return ((await res.json()) as { receiptNo: string }).receiptNo;
};
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

beforeAll(async () => {
  t = await makePetitionApp({ now: '2026-03-02T02:00:00Z' });
  await createStaffUser(t.db, t.clock, { username: 'clerk', displayName: '东沟镇', role: 'clerk', divisionPrefix: '420702101', password: PASSWORD });
  await createStaffUser(t.db, t.clock, { username: 'boss', displayName: '区信访局', role: 'supervisor', divisionPrefix: '420702', password: PASSWORD });
  clerk = new ConsoleClient(t);
  await clerk.login('clerk', PASSWORD);
  csrf = await clerk.csrf();
  supervisor = new ConsoleClient(t);
  await supervisor.login('boss', PASSWORD);
});

describe('queue', () => {
  let overdue: string;
  let fresh: string;
  beforeAll(async () => {
    t.clock.set('2026-02-01T02:00:00Z');
    overdue = await file('old', { summary: '养猪场粪水排进河里', topic: '环境保护', route: 'law_enforcement', name: '赵一', phone: '13600000001' });
    t.clock.set('2026-03-02T02:00:00Z');
    fresh = await file('new', { summary: '邻居屋檐滴水到院子', topic: '邻里纠纷', route: 'mediation', name: '钱二', phone: '13600000002' });
  });

  it('sorts by the nearest due date and warns about overdue petitions', async () => {
    const page = text((await clerk.get('/console')).html);
    expect(page.indexOf(overdue)).toBeLessThan(page.indexOf(fresh));
    expect(page).toContain('已超期');
    expect(page).toMatch(/有 1 件事项已超过法定期限/);
  });

  it.each([
    ['topic', `topic=${encodeURIComponent('邻里纠纷')}`, 'fresh'],
    ['overdue only', 'overdue=1', 'overdue'],
    ['search by words', `q=${encodeURIComponent('粪水')}`, 'overdue'],
    ['search by receipt number', 'q=RECEIPT', 'fresh'],
  ])('filters by %s', async (_, query, expected) => {
    const wanted = expected === 'fresh' ? fresh : overdue;
    const other = expected === 'fresh' ? overdue : fresh;
    const html = (await clerk.get(`/console?${query.replace('RECEIPT', fresh)}`)).html;
    expect(html).toContain(wanted);
    expect(html).not.toContain(other);
  });
});

describe('petition page', () => {
  let receipt: string;
  beforeAll(async () => {
    receipt = await file('page', { topic: '其他', summary: '砖厂拖欠工钱', phone: '13600000003', idNumber: '11010519491231002X' });
  });

  it('shows the citizen’s own words beside the draft, the rationale and the cited articles', async () => {
    const html = (await clerk.get(`/console/petitions/${receipt}`)).html;
    expect(html).toContain('老板欠我工钱一万二，三个月了');
    expect(html).toContain('与用人单位之间的工资争议');
    expect(html).toContain('《劳动争议调解仲裁法》第二十七条');
    expect(html).toContain('13600000003');
    expect(html).toContain('110105********002X');
  });

  it('flags a draft whose chat WeChat’s content check marked for review', async () => {
    await t.db.query(`insert into content_checks (subject, openid, suggest, checked_at) values ($1, 'citizen-page', 'review', now())`, [sessionId('page')]);
    expect((await clerk.get(`/console/petitions/${receipt}`)).html).toContain('微信内容安全检测提示：需人工复核');
  });

  it('records a correction with before and after in the audit log', async () => {
    const res = await clerk.post(`/console/petitions/${receipt}/edit`, {
      _csrf: csrf, kind: '申诉求决', topic: '劳动社保', route: 'labor_arbitration', level: 'county',
      body: '梁子湖区劳动人事争议仲裁委员会', division: '420702101209', summary: '砖厂拖欠工钱', facts: '', request: '要回工资',
    });
    expect(res.status).toBe(303);
    const { rows } = await t.db.query<{ before: unknown; after: unknown; actor: string }>(
      `select e.before, e.after, e.actor from petition_events e join petitions p on p.id = e.petition_id
       where p.receipt_no = $1 and e.action = 'edit'`,
      [receipt],
    );
    expect(rows).toEqual([{ before: { topic: '其他', facts: '去年十月到十二月在镇上工地干活' }, after: { topic: '劳动社保', facts: null }, actor: 'staff:clerk' }]);
  });

  it('will not move a petition out of the clerk’s jurisdiction by editing', async () => {
    const res = await clerk.post(`/console/petitions/${receipt}/edit`, { _csrf: csrf, division: '522728109202' });
    expect(res.status).toBe(400);
  });

  it('offers 包案 and extension to supervisors only', async () => {
    expect((await clerk.post(`/console/petitions/${receipt}/assign`, { _csrf: csrf, owner: '张副镇长' })).status).toBe(403);
    const bossCsrf = await supervisor.csrf();
    expect((await supervisor.post(`/console/petitions/${receipt}/assign`, { _csrf: bossCsrf, owner: '张副镇长' })).status).toBe(303);
    expect((await clerk.get(`/console/petitions/${receipt}`)).html).toContain('张副镇长');
  });

  it('produces the 受理告知书 with the cited articles and the handling due date', async () => {
    expect((await clerk.get(`/console/petitions/${receipt}/notice.docx`)).status).toBe(409);
    await clerk.post(`/console/petitions/${receipt}/accept`, { _csrf: csrf });
    const res = await clerk.request(`/console/petitions/${receipt}/notice.docx`);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    const xml = readZipEntry(Buffer.from(await res.arrayBuffer()), 'word/document.xml') ?? '';
    expect(xml).toContain('信访事项受理告知书');
    expect(xml).toContain('第二十二条、第二十三条');
    expect(xml).toContain('第三十四条');
    expect(xml).toContain('2026年5月1日');
  });

  it('produces a 转送告知书 naming the body it went to', async () => {
    const other = await file('refer', { summary: '河道采砂', topic: '环境保护', phone: '13600000006' });
    await clerk.post(`/console/petitions/${other}/refer`, { _csrf: csrf, to: '梁子湖区水利和湖泊局' });
    const xml = readZipEntry(Buffer.from(await (await clerk.request(`/console/petitions/${other}/notice.docx`)).arrayBuffer()), 'word/document.xml') ?? '';
    expect(xml).toContain('信访事项转送告知书');
    expect(xml).toContain('已转送梁子湖区水利和湖泊局依法处理');
  });

  it('produces a 不予受理告知书 with the reason and the legal routes', async () => {
    const other = await file('refuse', { summary: '工资争议已起诉', topic: '劳动社保', phone: '13600000004' });
    await clerk.post(`/console/petitions/${other}/not-accept`, { _csrf: csrf, reason: '已向人民法院起诉，依法通过诉讼程序解决' });
    const res = await clerk.request(`/console/petitions/${other}/notice.docx`);
    const xml = readZipEntry(Buffer.from(await res.arrayBuffer()), 'word/document.xml') ?? '';
    expect(xml).toContain('信访事项不予受理告知书');
    expect(xml).toContain('已向人民法院起诉');
    expect(xml).toContain('《保障农民工工资支付条例》第四十九条');
  });
});

describe('handling through the forms', () => {
  it('takes a petition from acceptance to 回访, closing and a review request, each step audited', async () => {
    const receipt = await file('flow', { topic: '城乡建设', summary: '路灯坏了', phone: null });
    const steps: [string, Record<string, string>, string][] = [
      ['accept', {}, '已受理'],
      ['start', {}, '办理中'],
      ['reply', { text: '路灯已于本周修复。' }, '已答复'],
      ['rating', { rating: '满意', note: '电话回访' }, '已答复'],
      ['close', {}, '已办结'],
      ['request-review', { reason: '修好又坏了' }, '已申请复查'],
    ];
    for (const [action, fields, status] of steps) {
      const res = await clerk.post(`/console/petitions/${receipt}/${action}`, { _csrf: csrf, ...fields });
      expect(res.status, action).toBe(303);
      expect(text((await clerk.get(`/console/petitions/${receipt}`)).html)).toContain(status);
    }
    const { rows } = await t.db.query<{ action: string }>(
      'select e.action from petition_events e join petitions p on p.id = e.petition_id where p.receipt_no = $1 order by e.id',
      [receipt],
    );
    expect(rows.map((r) => r.action)).toEqual(['submit', 'accept', 'start', 'reply', 'rate', 'close', 'request_review']);
    expect((await clerk.post(`/console/petitions/${receipt}/accept`, { _csrf: csrf })).status).toBe(409);
  });
});

describe('statistics', () => {
  it('reports the 三率 and volumes and exports them as CSV', async () => {
    const page = text((await supervisor.get('/console/stats')).html);
    expect(page).toMatch(/及时受理率 \d+\.\d% \d+ \/ \d+/);
    expect(page).toContain('按月受理量');
    const bytes = Buffer.from(await (await supervisor.request('/console/stats.csv')).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    expect(csv).toContain('"指标","项目","数量","比率"');
    expect(csv).toMatch(/"按类别","劳动社保","\d+"/);
  });

  it.each([
    ['2026-03-17T02:00:00Z', 1], // the 15th day still counts
    ['2026-03-18T02:00:00Z', 0],
  ])('counts an acceptance on %s as timely: %i', async (decidedAt, timely) => {
    const division = `4207021012${timely}${timely}`;
    t.clock.set('2026-03-02T02:00:00Z');
    const receipt = await file(`late-${timely}`, { summary: '受理时限', topic: '教育', division, phone: null });
    t.clock.set(decidedAt);
    await transition(t.petitions, receipt, { type: 'accept' }, { id: 'staff:clerk', role: 'clerk' });
    const stats = await computeStats(t.db, { divisionPrefix: division, filedBy: null }, {}, t.clock.now());
    expect(stats.timelyAcceptance).toMatchObject({ numerator: timely, denominator: 1 });
  });
});

