import { describe, expect, it } from 'vitest';
import { evidenceWords } from '../../server/src/routing/char-grams.js';
import type { RouteModelFile } from '../../server/src/routing/route-model.js';
import { routerWithFile } from '../helpers/knowledge-copy.js';

/** A hand-made route model: two made-up n-grams no rule knows, one per route. */
const toy = (counts: RouteModelFile['counts'], minProbability = 0.6): RouteModelFile => ({
  source: 'test',
  minProbability,
  alpha: 0.1,
  damping: 0.5,
  labels: ['discipline', 'mediation'],
  counts,
});

const routerWith = (model: unknown) => routerWithFile('routing/route-model.json', model);

describe('route model', () => {
  it('chooses the route when no rule fires, keeps the 信访 fallback as an alternative and says so', () => {
    const result = routerWith(toy({ 咕噜: [5, 0], 哗啦: [0, 5] })).decide('后头咕噜咕噜的那档子事');
    expect(result.route).toBe('discipline');
    // The discipline bodies take 检举控告: the route settles the kind.
    expect(result.kind).toBe('检举控告');
    expect(result.alternatives.map((a) => a.route)).toContain('xinfang');
    expect(result.rationale).toMatch(/模型依据“咕噜/);
    // The route's general legal basis stands in for a rule's.
    expect(result.citations.length).toBeGreaterThan(0);
  });

  it('stays silent when a rule fired', () => {
    const result = routerWith(toy({ 咕噜: [5, 0] })).decide('村支书把低保名额优亲厚友给了他亲戚，咕噜咕噜');
    expect(result.route).toBe('discipline');
    expect(result.rationale).not.toMatch(/模型依据/);
    const ruled = routerWith(toy({ 咕噜: [5, 0] })).decide('邻居家的狗把我家的鸡咬死了好几只，咕噜咕噜');
    expect(ruled.route).toBe('mediation');
  });

  it('leaves the fallback when the model is below its minimum probability', () => {
    const result = routerWith(toy({ 咕噜: [5, 5] })).decide('后头咕噜咕噜的那档子事');
    expect(result.route).toBe('xinfang');
    expect(result.rationale).not.toMatch(/模型依据/);
  });

  it('refuses a model with a route code the engine does not have', () => {
    expect(() => routerWith({ ...toy({ 咕噜: [5, 0] }), labels: ['discipline', 'meteor'] })).toThrow(/route-model\.json/);
  });

  it("names the message's own words, strongest first, never a stray n-gram across two words", () => {
    const strength = (gram: string) => ({ 挪用: 3, 修路: 1, 了修: 9, 钱: 5 })[gram];
    expect(evidenceWords('他们挪用了修路的钱', strength, 3)).toEqual(['挪用', '修路']);
  });
});
