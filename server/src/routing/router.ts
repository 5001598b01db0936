import { join } from 'node:path';
import type { Clock } from '../clock.js';
import type { Knowledge } from '../knowledge/index.js';
import type { ChatLlm } from '../llm/index.js';
import { loadChannelDirectory } from './channels.js';
import { citeBases } from './citations.js';
import { decide, learntRoute, preferRoute, type RouteDecision } from './decide.js';
import { type DivisionIndex, type LocationResult, loadDivisionIndex } from './divisions.js';
import { type EmergencyHit, loadEmergencyDetector } from './emergency.js';
import { DEFAULT_KNOWLEDGE_DIR } from './knowledge-files.js';
import { normalizeForDanger, normalizeForRouting } from './normalize.js';
import { explain } from './rationale.js';
import { loadRouteModel } from './route-model.js';
import { compileRules, loadRuleBook } from './rules.js';
import { createSecondOpinion, topicCandidates } from './second-opinion.js';
import { loadTopicClassifier, type TopicScores } from './topic.js';
import type { CaseFacts, Emergency, LegalBasis, RouteCode, RouteOption, RoutingResult, Topic } from './types.js';

/** Names a place and a matter, so one decision touches every lazily loaded index. */
const WARM_UP_TEXT = '东沟镇茅圻村修路占了我家的承包地，补偿款一直没给';

export interface RouterDeps {
  knowledge: Knowledge | null;
  clock: Clock;
  /** Division-code prefix the deployment serves; settles ambiguous place names. */
  jurisdiction?: string;
  knowledgeDir?: string;
  /** Optional second opinion in `route()`: it may only re-rank the engine's own candidates. */
  llm?: ChatLlm | null;
  /** How long `route()` waits for the second opinion before the rules' answer stands. */
  llmBudgetMs?: number;
}

interface Evaluation {
  facts: CaseFacts;
  decision: RouteDecision;
  location: LocationResult;
  danger: EmergencyHit | null;
  topics: TopicScores;
}

const SECOND_OPINION_NOTE = '（途径或主题经模型复核，在规则给出的候选中调整。）';

export interface Router {
  route(text: string, facts?: CaseFacts): Promise<RoutingResult>;
  /** Synchronous and fast: runs on every chat message. */
  detectEmergency(text: string): Emergency | null;
  /** Danger words in any tense: worth a hotline reminder when no danger now was detected. */
  mentionsDanger(text: string): boolean;
  resolveLocation(text: string): { division: string | null; name: string | null; candidates: { code: string; name: string }[] };
  /** Full place name of a division code (e.g. 浙江省杭州市桐庐县分水镇), null when unknown. */
  divisionName(code: string): string | null;
  /** The decision without citation texts (no knowledge lookups): for benchmarks and the CLI's fast path. */
  decide(text: string, facts?: CaseFacts): RoutingResult;
}

/**
 * A danger's topic names its nature (治安安全 for violence); self-harm names none (其他), so when the rules
 * recognised the matter behind it (a suicide threat over unpaid wages) that matter's topic is dispatched.
 */
function emergencyTopic(dangerTopic: Topic, decision: RouteDecision, matterTopic: Topic): Topic {
  return dangerTopic === '其他' && decision.topicVotes.size > 0 ? matterTopic : dangerTopic;
}

export function createRouter(deps: RouterDeps): Router {
  const dir = deps.knowledgeDir ?? DEFAULT_KNOWLEDGE_DIR;
  const rules = compileRules(loadRuleBook(dir));
  const routeModel = loadRouteModel(dir);
  const emergency = loadEmergencyDetector(dir);
  const topics = loadTopicClassifier(dir);
  const channels = loadChannelDirectory(dir);
  let divisions: DivisionIndex | null = null;
  const divisionIndex = () => (divisions ??= loadDivisionIndex(dir));
  const secondOpinion = deps.llm ? createSecondOpinion(deps.llm, { promptsDir: join(dir, '..', 'prompts'), budgetMs: deps.llmBudgetMs }) : null;

  const option = (decision: RouteDecision, route: RouteCode, body: string): RouteOption => {
    const rule = decision.fired.find((f) => f.rule.route === route)?.rule;
    const fallback = rules.book.routeDefaults[route];
    return { route, body, reason: rule?.reason ?? fallback?.reason ?? '', basis: rule?.basis ?? fallback?.basis ?? [] };
  };

  /** Everything read from the text once; `compose` turns it into a result for a (possibly re-ranked) decision. */
  function evaluate(text: string, facts: CaseFacts): Evaluation {
    const normalized = normalizeForRouting(text);
    const ruled = decide(rules.book, rules.fire(normalized));
    const guess = ruled.primaryRules.length === 0 ? routeModel.guess(normalized) : null;
    const decision = guess ? learntRoute(ruled, guess) : ruled;
    // Intake passes the division it settled; looking the place up again would only cost time.
    const location: LocationResult = facts.division
      ? { division: facts.division, name: divisionIndex().fullName(facts.division) || null, candidates: [] }
      : divisionIndex().resolve(normalized, deps.jurisdiction);
    return { facts, decision, location, danger: emergency.detect(normalizeForDanger(text)), topics: topics.classify(normalized, decision.topicVotes) };
  }

  function compose(evaluation: Evaluation, decision: RouteDecision, topic: Topic): RoutingResult {
    const { facts, location, danger } = evaluation;
    const division = location.division;
    const place = division ? divisionIndex().chain(division) : {};
    const now = deps.clock.now();
    const when = facts.when ? new Date(facts.when) : null;
    const validWhen = when && !Number.isNaN(when.getTime()) ? when : null;
    const channelOf = (route: RouteCode, primary: boolean) =>
      channels.choose({
        route,
        level: primary ? decision.level : null,
        stage: primary ? decision.stage : null,
        division,
        place,
        now,
        when: validWhen,
      });

    const mainChannel = channelOf(decision.route, true);
    const byFallback = decision.primaryRules.length === 0 && decision.route === rules.book.fallback.route;
    const mainOption = !byFallback
      ? option(decision, decision.route, mainChannel.body)
      : { route: decision.route, body: mainChannel.body, reason: rules.book.fallback.reason, basis: rules.book.fallback.basis };
    const others = decision.alternatives.map((r) => option(decision, r, channelOf(r, false).body));

    const primary: RouteOption = danger
      ? { route: 'emergency', body: `${danger.hotline}（${danger.message}）`, reason: '有正在发生的危险，先保证人身安全', basis: [] }
      : mainOption;
    const alternatives = danger ? [mainOption, ...others] : others;
    const deadlines = danger ? [] : mainChannel.deadlines;
    const bases: LegalBasis[] = [primary, ...alternatives].flatMap((o) => o.basis).concat(deadlines.map((d) => d.basis));
    const result: RoutingResult = {
      // A call for help in danger is the citizen's own matter, whatever words it uses.
      kind: danger ? '申诉求决' : decision.kind,
      topic: danger ? emergencyTopic(danger.topic, decision, topic) : topic,
      route: primary.route,
      alternatives,
      primary,
      level: danger ? 'county' : mainChannel.level,
      body: danger ? `${danger.hotline}` : mainChannel.body,
      division,
      divisionCandidates: location.division ? [] : location.candidates,
      emergency: danger ? { hotline: danger.hotline, message: danger.message } : null,
      deadlines,
      citations: [...new Map(bases.map((b) => [`${b.doc}|${b.article}`, { doc: b.doc, article: b.article, text: '' }])).values()],
      rationale: '',
      contact: danger
        ? { phone: danger.hotline, address: null, hours: '24小时', demo: false }
        : { phone: mainChannel.phone, address: mainChannel.address, hours: mainChannel.hours, demo: mainChannel.demo },
    };
    result.rationale = explain(result, decision, danger, location.name);
    return result;
  }

  function decideSync(text: string, facts: CaseFacts = {}): RoutingResult {
    const evaluation = evaluate(text, facts);
    return compose(evaluation, evaluation.decision, evaluation.topics.topic);
  }

  /** The rules' answer, or the same candidates re-ranked by the LLM's validated choice. */
  async function reviewed(text: string, facts: CaseFacts): Promise<RoutingResult> {
    const evaluation = evaluate(text, facts);
    const result = compose(evaluation, evaluation.decision, evaluation.topics.topic);
    if (!secondOpinion || evaluation.danger) return result;
    const choice = await secondOpinion.choose(text, {
      routes: [result.primary, ...result.alternatives],
      topics: topicCandidates(evaluation.topics, result.topic),
    });
    if (!choice || (choice.route === result.route && choice.topic === result.topic)) return result;
    const changed = compose(evaluation, preferRoute(evaluation.decision, choice.route), choice.topic);
    return { ...changed, rationale: `${changed.rationale}${SECOND_OPINION_NOTE}` };
  }

  // Load the division index and the segmenter dictionary now, at start, so the first chat turn is fast.
  decideSync(WARM_UP_TEXT);

  return {
    decide: decideSync,
    async route(text, facts = {}) {
      const result = await reviewed(text, facts);
      const citations = await citeBases(
        deps.knowledge,
        result.citations.flatMap((c) => (c.article ? [{ doc: c.doc, article: c.article }] : [])),
      );
      return { ...result, citations };
    },
    detectEmergency(text) {
      const hit = emergency.detect(normalizeForDanger(text));
      return hit ? { hotline: hit.hotline, message: hit.message } : null;
    },
    mentionsDanger: (text) => emergency.mentionsDanger(normalizeForDanger(text)),
    divisionName(code) {
      return divisionIndex().fullName(code) || null;
    },
    resolveLocation(text) {
      return divisionIndex().resolve(normalizeForRouting(text), deps.jurisdiction);
    },
  };
}
