import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../server/src/clock.js';
import { charGrams } from '../../server/src/routing/char-grams.js';
import type { DangerModelFile } from '../../server/src/routing/danger-model.js';
import { loadEmergencyDetector } from '../../server/src/routing/emergency.js';
import { createRouter } from '../../server/src/routing/index.js';
import { knowledgeWithFile } from '../helpers/knowledge-copy.js';

const knowledgeWith = (model: DangerModelFile) => knowledgeWithFile('routing/danger-model.json', model);

const toy = (kinds: DangerModelFile['kinds']): DangerModelFile => ({
  source: 'test',
  threshold: 1,
  windowThreshold: 2,
  bias: -1,
  // One strong n-gram, made up so the rules cannot know it.
  weights: { 咕噜: 20 },
  kinds,
});

describe('danger model', () => {
  it('reads every distinct character 1–3-gram once', () => {
    expect([...charGrams('哈哈哈')].sort()).toEqual(['哈', '哈哈', '哈哈哈'].sort());
  });

  it('gives the same grams for a repeated message and fresh ones for the next', () => {
    expect(charGrams('打人')).toBe(charGrams('打人'));
    expect([...charGrams('着火')].sort()).toEqual(['着', '着火', '火'].sort());
  });

  it('calls danger when the rules see none and the score reaches the threshold, naming the kind it learnt', () => {
    const detector = loadEmergencyDetector(knowledgeWith(toy({ labels: ['disaster'], alpha: 0.1, counts: { 咕噜: [3] } })));
    const hit = detector.detect('后头咕噜咕噜响个不停');
    expect(hit).toMatchObject({ foundBy: 'model', category: 'disaster', hotline: '119' });
    expect(hit?.evidence).toContain('咕噜');
    expect(detector.detect('后头响个不停，一直没停过')).toBeNull();
    // Too short for the model to judge: the rules alone decide.
    expect(detector.detect('咕噜咕噜')).toBeNull();
  });

  it('leaves the rules in charge when they already found the danger', () => {
    const detector = loadEmergencyDetector(knowledgeWith(toy({ labels: ['disaster'], alpha: 0.1, counts: { 咕噜: [3] } })));
    expect(detector.detect('我家厨房着火了，火越烧越大，咕噜')).toMatchObject({ foundBy: 'rules', category: 'fire' });
  });

  it('gives the general advice when no kind is clearly likelier', () => {
    const detector = loadEmergencyDetector(
      knowledgeWith(toy({ labels: ['disaster', 'violence'], alpha: 0.1, counts: { 咕噜: [3, 3] } })),
    );
    expect(detector.detect('后头咕噜咕噜一直在响')).toMatchObject({ foundBy: 'model', category: 'unnamed', hotline: '110' });
  });

  it('reads a cry at the end of a long complaint in its own window, against the stricter window bar', () => {
    const complaint = '村里修路占了我家的地，补偿款说好年底给，到现在一分没见，找了村委好几回，都说在走程序，';
    const cry = '后头咕噜咕噜响个不停';
    // Every character of the complaint is known with no weight, so over the whole message the cry is diluted.
    const diluted = (windowThreshold: number): DangerModelFile => ({
      ...toy({ labels: ['disaster'], alpha: 0.1, counts: { 咕噜: [3] } }),
      windowThreshold,
      weights: { ...Object.fromEntries([...complaint].map((c) => [c, 0])), 咕噜: 10 },
    });
    expect(loadEmergencyDetector(knowledgeWith(diluted(1.5))).detect(complaint + cry)).toMatchObject({ foundBy: 'model', category: 'disaster' });
    expect(loadEmergencyDetector(knowledgeWith(diluted(50))).detect(complaint + cry)).toBeNull();
  });

  it('refuses a model whose kinds the rules no longer have', () => {
    const dir = knowledgeWith(toy({ labels: ['meteor'], alpha: 0.1, counts: { 咕噜: [1] } }));
    expect(() => loadEmergencyDetector(dir)).toThrow(/unknown emergency categories meteor/);
  });

  it('says in the rationale that the model, not a rule, saw the danger', () => {
    const router = createRouter({
      knowledge: null,
      clock: fixedClock('2025-06-01T08:00:00Z'),
      knowledgeDir: knowledgeWith(toy({ labels: ['disaster'], alpha: 0.1, counts: { 咕噜: [3] } })),
    });
    const result = router.decide('后头咕噜咕噜响个不停');
    expect(result.route).toBe('emergency');
    expect(result.rationale).toMatch(/模型依据“咕噜/);
  });
});
