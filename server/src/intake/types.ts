import { z } from 'zod';
import { Citation } from '../knowledge/types.js';
import { Emergency, RoutingResult } from '../routing/types.js';

/** Slot names the dialogue asks for (shared with the evaluation driver). */
export const Slot = z.enum(['facts', 'when', 'location', 'name', 'phone', 'request', 'previous', 'people', 'amount']);
export type Slot = z.infer<typeof Slot>;

/** The part of a routing decision a draft carries (and intake keeps between turns). */
export const DraftRouting = RoutingResult.pick({
  kind: true,
  topic: true,
  route: true,
  alternatives: true,
  level: true,
  body: true,
  division: true,
});

/** The petition draft as the citizen sees it in chat and confirms; petitions persist it. */
export const Draft = DraftRouting.extend({
  name: z.string().nullable(),
  phone: z.string().nullable().describe('normalised 11-digit mainland mobile'),
  idNumber: z.string().nullable().optional(),
  people: z.number().int().nullable(),
  amount: z.number().nullable().describe('yuan'),
  when: z.string().nullable().optional(),
  previous: z.array(z.string()).describe('channels already tried / case numbers'),
  agent: z.object({ name: z.string().nullable(), forPerson: z.string().nullable() }).nullable(),
  anonymous: z.boolean(),
  urgent: z.boolean().optional(),
  summary: z.string().max(200),
  request: z.string().nullable(),
  facts: z.string().nullable().optional(),
  notes: z.array(z.string()).optional().describe('things staff should check, e.g. an invalid phone number'),
});
export type Draft = z.infer<typeof Draft>;

/** POST /api/chat response (DESIGN.md, Citizen API); held-out evaluations drive this exact shape. */
export const ChatResponse = z.object({
  sessionId: z.string(),
  mode: z.enum(['intake', 'ask']),
  reply: z.string(),
  awaiting: Slot.nullable().describe('the slot the bot now asks for; null when nothing is asked'),
  draft: Draft.nullable(),
  emergency: Emergency.nullable(),
  citations: z.array(Citation),
});
export type ChatResponse = z.infer<typeof ChatResponse>;
