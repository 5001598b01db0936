import type { RouteGuess } from './route-model.js';
import type { FiredRule, RuleBook, Stage } from './rules.js';
import type { Kind, Level, RouteCode, Topic } from './types.js';

const STAGE_PRIORITY: Stage[] = ['final', 'recheck', 'review', 'judicial'];

export interface RouteDecision {
  route: RouteCode;
  /** Other routes in order of support, then those the firing rules name as alternatives. */
  alternatives: RouteCode[];
  kind: Kind;
  kindScores: Map<Kind, number>;
  topicVotes: Map<Topic, number>;
  level: Level | null;
  stage: Stage | null;
  /** Rules that support the primary route, strongest first; empty when the fallback or the route model decided. */
  primaryRules: FiredRule[];
  fired: FiredRule[];
  /** When no rule fired and the route model chose the route: the words it relied on. */
  learnt: string[] | null;
}

const add = <K>(map: Map<K, number>, key: K, value: number) => map.set(key, (map.get(key) ?? 0) + value);

/**
 * Two channels exist for one kind each (DESIGN: 建议意见 → suggestion; 检举控告 → the discipline bodies), so the
 * route settles the kind there, unless the rule that chose the route says otherwise (a party member's appeal
 * against their own punishment goes to the discipline bodies but is 申诉求决, 条例 第三十一条（三）); elsewhere the
 * rules' kind votes do.
 */
const KIND_OF_ROUTE: Partial<Record<RouteCode, Kind>> = { suggestion: '建议意见', discipline: '检举控告' };
const votedKind = (kindScores: Map<Kind, number>): Kind => [...kindScores.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '申诉求决';
const kindOf = (route: RouteCode, kindScores: Map<Kind, number>, primaryRules: FiredRule[]): Kind => {
  const ofRoute = KIND_OF_ROUTE[route];
  return ofRoute ? (primaryRules[0]?.rule.kind ?? ofRoute) : votedKind(kindScores);
};

/**
 * Rules outvoted on the route often fired on a word in passing (隔壁楼 in a report on a building site), so their
 * topic counts for this share of their weight.
 */
const OUTVOTED_TOPIC_SHARE = 0.5;

/** The evaluator: sums the weights of fired rules per route, kind and topic; ties go to the earlier rule. */
export function decide(book: RuleBook, fired: FiredRule[]): RouteDecision {
  const routeScores = new Map<RouteCode, number>();
  // The default kind loses a tie with any rule's kind vote (an explicit 举报 is a 检举控告).
  const kindScores = new Map<Kind, number>([['申诉求决', 0.5]]);
  const topicVotes = new Map<Topic, number>();
  for (const { rule } of fired) {
    add(routeScores, rule.route, rule.weight);
    if (rule.kind) add(kindScores, rule.kind, rule.weight);
  }
  const ranked = [...routeScores.entries()].sort((a, b) => b[1] - a[1]).map(([route]) => route);
  // A matter already in the 信访 procedure (a 处理意见 or 复查意见 in hand) goes on there whatever it is about
  // (条例 第三十五、三十六条), and so does one a `decisive` rule has placed (a review decision still disputed).
  // A message whose kind votes say suggestion goes to the suggestion channel even when the matter it proposes
  // about (a court circuit for 赡养 cases, fines for burning straw) draws more weight elsewhere: a 建议意见 is
  // studied by the bodies concerned, not handled as the writer's own case.
  const placedByStep = fired.find((f) => (f.rule.stage && f.rule.stage !== 'judicial') || f.rule.decisive)?.rule.route;
  const suggested = votedKind(kindScores) === '建议意见' && routeScores.has('suggestion');
  const route = placedByStep ?? (suggested ? 'suggestion' : (ranked[0] ?? book.fallback.route));
  const primaryRules = fired.filter((f) => f.rule.route === route).sort((a, b) => b.rule.weight - a.rule.weight);
  const named = (primaryRules.length ? primaryRules.map((f) => f.rule.alternatives ?? []) : [book.fallback.alternatives ?? []]).flat();
  const alternatives = [...new Set([...ranked, ...named, ...fired.flatMap((f) => f.rule.alternatives ?? [])])].filter(
    (r) => r !== route,
  );
  for (const { rule } of fired) {
    if (rule.topic) add(topicVotes, rule.topic, rule.route === route ? rule.weight : rule.weight * OUTVOTED_TOPIC_SHARE);
  }
  const kind = kindOf(route, kindScores, primaryRules);
  const stages = new Set(fired.flatMap((f) => (f.rule.stage ? [f.rule.stage] : [])));
  const stage = STAGE_PRIORITY.find((s) => stages.has(s)) ?? null;
  const level = primaryRules.find((f) => f.rule.level)?.rule.level ?? null;
  return { route, alternatives, kind, kindScores, topicVotes, level, stage, primaryRules, fired, learnt: null };
}

/** The same decision with `route` put first (a validated second opinion); the old primary becomes the first alternative. */
export function preferRoute(decision: RouteDecision, route: RouteCode): RouteDecision {
  if (route === decision.route) return decision;
  const primaryRules = decision.fired.filter((f) => f.rule.route === route).sort((a, b) => b.rule.weight - a.rule.weight);
  const alternatives = [decision.route, ...decision.alternatives.filter((r) => r !== route)];
  const level = primaryRules.find((f) => f.rule.level)?.rule.level ?? null;
  return { ...decision, route, alternatives, kind: kindOf(route, decision.kindScores, primaryRules), level, learnt: null };
}

/**
 * A guessed route settles the kind only when the route model is this sure. Less sure, it often guesses
 * suggestion for long formal complaints (人民网 letters), whose kind would then be wrong as well.
 */
const KIND_FROM_GUESS = 0.9;

/** A decision no rule made, with the route model's route first and the fallback kept as the first alternative. */
export function learntRoute(decision: RouteDecision, guess: RouteGuess): RouteDecision {
  const preferred = preferRoute(decision, guess.route);
  return { ...preferred, kind: guess.probability >= KIND_FROM_GUESS ? preferred.kind : decision.kind, learnt: guess.evidence };
}
