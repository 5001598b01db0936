import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../server/src/clock.js';
import { createRouter, RoutingResult } from '../../server/src/routing/index.js';

const router = createRouter({ knowledge: null, clock: fixedClock('2025-06-01T08:00:00Z') });

describe('诉访分离 and stage', () => {
  it.each([
    ['镇里给了信访处理意见书，我不服', 'xinfang', '第三十五条'],
    ['对县里的复查意见不服，想要复核', 'xinfang', '第三十六条'],
    ['市里的复核意见也维持了，我还想继续反映', 'xinfang', '第三十六条'],
  ])('%s → %s citing %s', (text, route, article) => {
    const result = router.decide(text);
    expect(result.route).toBe(route);
    expect(result.primary.basis.map((b) => b.article)).toContain(article);
  });

  it('explains that a 复核意见 ends the 信访 procedure', () => {
    const result = router.decide('市里的复核意见也维持了，我还想继续反映');
    expect(result.rationale).toContain('不再受理');
    expect(result.deadlines).toEqual([]);
  });

  it('sends a decided court case to the judicial route with the retrial period', () => {
    const result = router.decide('一审二审都判我输了，我不服');
    expect(result.route).toBe('judicial');
    expect(result.deadlines.map((d) => d.label).join()).toContain('再审');
  });

  it('sends an administrative penalty to review with 60 days and 6 months', () => {
    const result = router.decide('交警罚了我两百块还扣了六分，我不认');
    expect(result.route).toBe('admin_review');
    expect(result.deadlines.map((d) => [d.days, d.months])).toEqual([
      [60, null],
      [null, 6],
    ]);
  });
});

describe('deadlines', () => {
  it('computes the labour arbitration limitation from the date the matter happened, in calendar days', () => {
    const result = router.decide('公司把我辞退了，经济补偿一分没给', { when: '2025-03-10' });
    const limitation = result.deadlines.find((d) => d.basis.article === '第二十七条');
    expect(limitation).toMatchObject({ months: 12, dayCount: 'calendar', due: '2026-03-10' });
  });

  it('counts the 15-day registration period of a 信访 matter from today', () => {
    const result = router.decide('村里的路坏了三年没人修');
    expect(result.route).toBe('xinfang');
    expect(result.deadlines[0]).toMatchObject({ days: 15, due: '2025-06-16', basis: { doc: '信访工作条例', article: '第二十二条' } });
  });
});

describe('kinds', () => {
  it.each([
    ['建议镇上的集市改到周末，方便上班的人', '建议意见', 'suggestion'],
    ['举报我们村会计挪用集体资金', '检举控告', 'discipline'],
    ['我家的狗被邻居打死了，他不赔', '申诉求决', 'mediation'],
  ])('%s → %s via %s', (text, kind, route) => {
    const result = router.decide(text);
    expect(result.kind).toBe(kind);
    expect(result.route).toBe(route);
  });
});

describe('any input', () => {
  it('yields a valid result with known codes and never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom(...'工资村镇法院救命火不是去年打征地举报建议县的，。！') })), (text) => {
        const result = router.decide(text);
        expect(RoutingResult.safeParse(result).success).toBe(true);
        expect(result.alternatives.map((a) => a.route)).not.toContain(result.route);
      }),
      { numRuns: 300 },
    );
  });

  it('routes with citations through route() even without a knowledge base', async () => {
    const result = await router.route('厂里拖欠我三个月工资');
    expect(result.citations.length).toBeGreaterThan(0);
    expect(result.citations[0]).toMatchObject({ doc: '中华人民共和国劳动争议调解仲裁法' });
  });
});
