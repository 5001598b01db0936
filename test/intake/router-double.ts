import type { Answer } from '../../server/src/knowledge/index.js';
import type { IntakeKnowledge, IntakeRouter } from '../../server/src/intake/ports.js';
import type { CaseFacts, Kind, RouteCode, RoutingResult } from '../../server/src/routing/index.js';

/** A tiny stand-in for the routing engine with made-up places, so turn logic is tested on its own. */
export const PLACES: Record<string, { code: string; name: string }> = {
  青石镇: { code: '990101101', name: '某省某县青石镇' },
  白沙村: { code: '990101101201', name: '某省某县青石镇白沙村' },
};

function decide(text: string, facts: CaseFacts = {}): RoutingResult {
  const [kind, route]: [Kind, RouteCode] = /举报|贪污/.test(text)
    ? ['检举控告', 'discipline']
    : /建议/.test(text)
      ? ['建议意见', 'suggestion']
      : /纪检/.test(text)
        ? ['检举控告', 'discipline']
        : ['申诉求决', 'xinfang'];
  const primary = { route, body: '某县信访局', reason: '测试', basis: [] };
  return {
    kind, topic: '其他', route, alternatives: [], primary, level: 'county', body: primary.body,
    division: facts.division ?? null, divisionCandidates: [], emergency: null, deadlines: [], citations: [], rationale: '测试路线',
  };
}

export function routerDouble(calls: { routed: string[] } = { routed: [] }): IntakeRouter {
  return {
    decide: (text, facts) => {
      calls.routed.push(text);
      return decide(text, facts);
    },
    route: async (text, facts) => decide(text, facts),
    detectEmergency: (text) => (/救命|打我|着火/.test(text) ? { hotline: '110', message: '先到安全的地方。' } : null),
    mentionsDanger: (text) => /刀|火|跳河/.test(text),
    resolveLocation: (text) => {
      if (text.includes('天镇')) return { division: '990401', name: '某省天镇县', candidates: [{ code: '990401', name: '某省天镇县' }] };
      if (text.includes('金沙镇')) {
        const both = [{ code: '990201101', name: '某省东县金沙镇' }, { code: '990301101', name: '某省西县金沙镇' }];
        const one = both.find((c) => text.includes(c.name.slice(2, 4)));
        return one ? { division: one.code, name: one.name, candidates: [one] } : { division: null, name: null, candidates: both };
      }
      const hit = Object.keys(PLACES).filter((p) => text.includes(p)).pop();
      const place = hit ? PLACES[hit] : undefined;
      return place ? { division: place.code, name: place.name, candidates: [place] } : { division: null, name: null, candidates: [] };
    },
  };
}

export const knowledgeDouble = (answer: Partial<Answer> = {}): IntakeKnowledge & { asked: string[] } => {
  const asked: string[] = [];
  return {
    asked,
    answer: async (question) => {
      asked.push(question);
      return {
        answer: '依照《行政复议法》，可以自知道之日起六十日内申请。',
        citations: [{ doc: '中华人民共和国行政复议法', article: '第二十条', text: '……六十日内提出行政复议申请……' }],
        grounded: true,
        source: 'extractive',
        ...answer,
      };
    },
  };
};
