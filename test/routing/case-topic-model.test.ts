import { describe, expect, it } from 'vitest';
import type { CaseTopicModelFile } from '../../server/src/routing/case-topic-model.js';
import { bestTopic, withCaseTopics } from '../../server/src/routing/topic.js';
import { routerWithFile } from '../helpers/knowledge-copy.js';

/** A hand-made case topic model: two made-up n-grams no keyword knows, one per topic. */
const toy = (weight: number, counts: CaseTopicModelFile['counts'] = { 咕噜: [5, 0], 哗啦: [0, 5] }): CaseTopicModelFile => ({
  source: 'test',
  weight,
  alpha: 0.1,
  damping: 0.5,
  labels: ['教育', '交通运输'],
  counts,
});

const routerWith = (model: unknown) => routerWithFile('routing/case-topic-model.json', model);

describe('case topic model', () => {
  it('names the topic of a message nothing else recognises', () => {
    expect(routerWith(toy(1.5)).decide('后头咕噜咕噜的那档子事').topic).toBe('教育');
    expect(routerWith(toy(1.5)).decide('后头哗啦哗啦的那档子事').topic).toBe('交通运输');
  });

  it('says nothing at weight 0, so the topic is left as 其他', () => {
    expect(routerWith(toy(0)).decide('后头咕噜咕噜的那档子事').topic).toBe('其他');
  });

  it('is outweighed by a clear keyword and rule reading', () => {
    const result = routerWith(toy(1.5)).decide('老板拖欠我们三个月工资不给，咕噜咕噜');
    expect(result.topic).toBe('劳动社保');
  });

  it('refuses a model with a topic the taxonomy does not have', () => {
    expect(() => routerWith({ ...toy(1.5), labels: ['教育', '天文'] })).toThrow(/case-topic-model\.json/);
  });

  it('adds the posterior at its weight and keeps 其他 when nothing reaches the bar', () => {
    const scores = withCaseTopics(new Map([['劳动社保', 0.4]]), new Map([['劳动社保', 0.1], ['教育', 0.9]]), 0.5);
    expect(scores.get('劳动社保')).toBeCloseTo(0.45);
    expect(scores.get('教育')).toBeCloseTo(0.45);
    expect(bestTopic(scores)).toBe('其他');
    expect(bestTopic(withCaseTopics(scores, new Map([['教育', 1]]), 0.5))).toBe('教育');
  });
});
