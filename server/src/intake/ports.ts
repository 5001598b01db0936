import type { Answer } from '../knowledge/index.js';
import type { Router } from '../routing/index.js';

/** What intake needs from the routing engine: fast decisions per turn, full routing (with citations) at hand-over. */
export type IntakeRouter = Pick<Router, 'route' | 'decide' | 'detectEmergency' | 'mentionsDanger' | 'resolveLocation'>;

/** What intake needs from the knowledge base: grounded answers for ask mode. */
export interface IntakeKnowledge {
  answer(question: string): Promise<Answer>;
}
