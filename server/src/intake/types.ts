import { z } from 'zod';
import { Kind, Level, RouteCode, RouteOption, Topic } from '../routing/types.js';

/** Slot names the dialogue asks for (shared with the evaluation driver). */
export const Slot = z.enum(['facts', 'when', 'location', 'name', 'phone', 'request', 'previous', 'people', 'amount']);
export type Slot = z.infer<typeof Slot>;

/** The petition draft as the citizen sees it in chat and confirms; petitions persist it. */
export const Draft = z.object({
  kind: Kind,
  topic: Topic,
  route: RouteCode,
  alternatives: z.array(RouteOption),
  level: Level,
  body: z.string(),
  division: z.string().nullable(),
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
});
export type Draft = z.infer<typeof Draft>;
