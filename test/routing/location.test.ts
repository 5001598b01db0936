import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../server/src/clock.js';
import { createRouter } from '../../server/src/routing/index.js';

const clock = fixedClock('2025-06-01T08:00:00Z');
const router = createRouter({ knowledge: null, clock });

describe('location resolver', () => {
  it.each([
    ['我是湖北鄂州市梁子湖区东沟镇茅圻村的', '420702101209'],
    ['东沟镇茅圻村，村口那条路', '420702101209'],
    ['我們是羅甸縣沫陽鎮江亭村的', '522728109202'],
    ['準格爾旗沙圪堵鎮不拉村', '150622101206'],
    ['我住在上栗县金山镇', '360322103'],
    ['江西萍乡上栗县', '360322'],
  ])('resolves %s to %s', (text, code) => {
    expect(router.resolveLocation(text).division).toBe(code);
  });

  it.each([
    ['沙圪堵镇张家圪堵那边的', '150622101221'],
    ['我们是十二连城五家尧的', '150622201209'],
    ['梁子湖东沟茅圻的', '420702101209'],
  ])('resolves bare town and village names when they sit on one chain: %s', (text, code) => {
    expect(router.resolveLocation(text).division).toBe(code);
  });

  it('reads a short name that is also a bare town by its neighbours (上栗金山 is 金山镇; 上栗 alone is the county)', () => {
    expect(router.resolveLocation('我屋里是上栗金山的').division).toBe('360322103');
    expect(router.resolveLocation('上栗的').division).toBe('360322');
    expect(router.resolveLocation('上海金山').division).toBe('310116');
  });

  it('leaves two same-named places on different chains ambiguous rather than picking the deeper one', () => {
    const result = router.resolveLocation('梁子湖东沟的');
    expect(result.division).toBeNull();
    expect(result.candidates.map((c) => c.code)).toContain('420702101');
  });

  it('does not read a bare name with nothing on its chain as a place, nor a county inside it', () => {
    expect(router.resolveLocation('十二连城那边').division).toBeNull();
    expect(router.resolveLocation('去老山沟挖了点药材').division).toBeNull();
  });

  it('does not take 不拉村 out of the longer name 东不拉村', () => {
    expect(router.resolveLocation('准格尔旗东不拉村').division).not.toBe('150622101206');
  });

  it('leaves an ambiguous town unresolved and lists the candidates', () => {
    const result = router.resolveLocation('我们是金山镇的');
    expect(result.division).toBeNull();
    expect(result.candidates.length).toBeGreaterThan(3);
    expect(result.candidates.map((c) => c.code)).toContain('360322103');
  });

  it('settles an ambiguous town by the configured jurisdiction', () => {
    const local = createRouter({ knowledge: null, clock, jurisdiction: '3603' });
    expect(local.resolveLocation('我们是金山镇的').division).toBe('360322103');
  });

  it('settles an ambiguous town by other place words in the text', () => {
    expect(router.resolveLocation('萍乡的金山镇').division).toBe('360322103');
  });

  it.each(['我在镇上的砖厂打工', '村里的路坏了', '我家在新村'])('finds no place in %s', (text) => {
    expect(router.resolveLocation(text).division).toBeNull();
  });

  it('names a division code along its chain', () => {
    expect(router.divisionName('420702101209')).toBe('湖北省鄂州市梁子湖区东沟镇茅圻村');
  });

  it('takes the division intake already settled over a place the text names, and names it', () => {
    const result = router.decide('我是上栗县金山镇的，隔壁把我家的排水沟堵了', { division: '420702101209' });
    expect(result.division).toBe('420702101209');
    expect(result.divisionCandidates).toEqual([]);
    expect(result.body).toBe('茅圻村人民调解委员会（村民说事室）');
    expect(result.rationale).toContain('湖北省鄂州市梁子湖区东沟镇茅圻村');
  });

  it('fills the body template with the resolved county', () => {
    const result = router.decide('我是上栗县金山镇的，厂里欠了我半年工资');
    expect(result.route).toBe('labor_arbitration');
    expect(result.body).toContain('上栗县');
  });
});

describe('channel directory per jurisdiction', () => {
  it('uses the demo directory of a resolved county, filled with the village name', () => {
    const result = router.decide('我是东沟镇茅圻村的，隔壁把我家的排水沟堵了');
    expect(result.route).toBe('mediation');
    expect(result.body).toBe('茅圻村人民调解委员会（村民说事室）');
  });
});
