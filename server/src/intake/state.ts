import { z } from 'zod';
import { Emergency } from '../routing/types.js';
import { DraftRouting, Slot } from './types.js';

const DateValue = z.object({ iso: z.string(), precision: z.enum(['day', 'week', 'month', 'season', 'year']), text: z.string() });

/** Personal data of a session; stored encrypted apart from the rest of the state. */
export const PersonalValues = z.object({
  name: z.string().nullable(),
  phone: z.string().nullable(),
  phoneInvalid: z.string().nullable(),
  idNumber: z.string().nullable(),
  agent: z.object({ name: z.string().nullable(), forPerson: z.string().nullable() }).nullable(),
});
export type PersonalValues = z.infer<typeof PersonalValues>;

export const MatterValues = z.object({
  anonymous: z.boolean(),
  location: z
    .object({ text: z.string(), division: z.string().nullable(), name: z.string().nullable(), candidates: z.number().int() })
    .nullable(),
  when: DateValue.nullable(),
  amount: z.number().nullable(),
  people: z.number().int().nullable(),
  /** null until the citizen said something about it; [] means "nowhere yet". */
  previous: z.array(z.string()).nullable(),
  request: z.string().nullable(),
  factsGiven: z.boolean(),
});
export type MatterValues = z.infer<typeof MatterValues>;

/** The routing decision intake keeps between turns (re-routed only when the matter text changes). */
export const RoutingSnapshot = DraftRouting.extend({ key: z.string() });
export type RoutingSnapshot = z.infer<typeof RoutingSnapshot>;

/** Everything a session remembers except personal data. */
export const DialogueState = z.object({
  mode: z.enum(['intake', 'ask']),
  awaiting: Slot.nullable(),
  asked: z.partialRecord(Slot, z.number().int()),
  /** Slots answered with "不知道" or declined: never asked again. */
  settled: z.array(Slot),
  /** What the citizen said about the matter (masked, injection-free); routing and the summary read it. */
  matter: z.array(z.string()),
  /**
   * The same messages as the citizen wrote them (their script, words and punctuation; full-width digits made
   * plain so numbers are masked): what the clerk reads as 群众原话. Sessions from before it was kept have none.
   */
  spoken: z.array(z.string()).default([]),
  values: MatterValues,
  emergency: Emergency.nullable(),
  /** The hotlines were shown once because danger words came up (no danger now was detected). */
  dangerReminded: z.boolean().default(false),
  routing: RoutingSnapshot.nullable(),
  notes: z.array(z.string()),
  turns: z.number().int(),
});
export type DialogueState = z.infer<typeof DialogueState>;

export interface SessionState {
  dialogue: DialogueState;
  personal: PersonalValues;
}

export function newSessionState(): SessionState {
  return {
    dialogue: {
      mode: 'intake',
      awaiting: null,
      asked: {},
      settled: [],
      matter: [],
      spoken: [],
      values: { anonymous: false, location: null, when: null, amount: null, people: null, previous: null, request: null, factsGiven: false },
      emergency: null,
      dangerReminded: false,
      routing: null,
      notes: [],
      turns: 0,
    },
    personal: { name: null, phone: null, phoneInvalid: null, idNumber: null, agent: null },
  };
}
