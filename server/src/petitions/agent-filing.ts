import { z } from 'zod';
import type { Draft } from '../intake/types.js';
import { type RoutingResult, Topic } from '../routing/types.js';
import type { SessionDraft } from './types.js';

/** Routing as petitions use it for staff-entered matters; injected so petitions never import routing. */
export type CaseRouter = (text: string) => Promise<RoutingResult>;

export const AgentFiling = z.object({
  words: z.string().trim().min(6, '请记录群众反映的问题').max(2000),
  name: z.string().trim().min(1, '请填写姓名').max(40),
  phone: z.string().trim().max(20).transform((v) => v || null),
  division: z.string().trim().regex(/^\d{6,12}$/, '区划代码为6–12位数字'),
  topic: z.union([Topic, z.literal('')]).transform((v) => v || null),
  request: z.string().trim().max(500).transform((v) => v || null),
  consent: z.literal('1', { message: '代办须取得本人同意' }),
  idempotencyKey: z.string().min(8).max(100),
});
export type AgentFiling = z.infer<typeof AgentFiling>;

/** A draft for a 代办 filing: the router's proposal when available, the agent's choices on top. */
export async function draftForAgentFiling(filing: AgentFiling, agentName: string, router: CaseRouter | null): Promise<SessionDraft> {
  const routed = router ? await router(filing.words) : null;
  const draft: Draft = {
    kind: routed?.kind ?? '申诉求决',
    topic: filing.topic ?? routed?.topic ?? '其他',
    route: routed?.route ?? 'xinfang',
    alternatives: routed?.alternatives ?? [],
    level: routed?.level ?? 'town',
    body: routed?.body ?? '乡镇综治中心',
    division: filing.division,
    name: filing.name,
    phone: filing.phone,
    people: null,
    amount: null,
    previous: [],
    agent: { name: agentName, forPerson: filing.name },
    anonymous: false,
    urgent: routed?.emergency != null,
    summary: filing.words.slice(0, 200),
    request: filing.request,
    facts: filing.words,
  };
  return { draft, citizenText: [filing.words], rationale: routed?.rationale ?? null, citations: routed?.citations ?? [] };
}
