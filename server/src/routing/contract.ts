import type { RoutingResult } from './types.js';

/**
 * One line of the evaluation contract (`npm run -s route -- --jsonl`, DESIGN.md): `alternatives` are route
 * codes in order, `emergency` is a boolean as in the evaluation files (`hotline` names the number), and
 * `citations` are `[{doc, article}]`, best first.
 */
export function contractLine(id: unknown, r: RoutingResult) {
  return {
    id,
    kind: r.kind,
    route: r.route,
    alternatives: r.alternatives.map((a) => a.route),
    topic: r.topic,
    emergency: r.emergency !== null,
    hotline: r.emergency?.hotline ?? null,
    division: r.division,
    level: r.level,
    body: r.body,
    citations: r.citations.map((c) => ({ doc: c.doc, article: c.article })),
  };
}
export type ContractLine = ReturnType<typeof contractLine>;
