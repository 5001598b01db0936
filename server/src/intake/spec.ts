import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Kind, RouteCode, Topic } from '../routing/types.js';
import { Slot } from './types.js';

const Pattern = z.string().refine((source) => {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

const QuestionVariants = z.object({ default: z.string().min(1), report: z.string().optional(), agent: z.string().optional() });

const Requirement = z.object({
  id: z.string(),
  match: z.object({ kinds: z.array(Kind).optional(), routes: z.array(RouteCode).optional() }),
  slots: z.array(Slot),
  /** Asked only when the matter harms a group (groupHarm). */
  groupSlots: z.array(Slot).default([]),
  /** Asked only when money is in dispute (moneyMatter) and no sum was given. */
  moneySlots: z.array(Slot).default([]),
  /** Asked after everything required, and only while the session stays within `questionBudget`. */
  askWithinBudget: z.array(Slot).default([]),
  anonymousAllowed: z.boolean().default(false),
  /** A town found in passing is not where the citizen lives: ask once for the village (own matters). */
  askVillage: z.boolean().default(false),
});
export type Requirement = z.infer<typeof Requirement>;

/** The intake dialogue as data: which slots each kind/route needs, how to ask, how to confirm. */
export const IntakeSpec = z
  .object({
    version: z.literal(1),
    order: z.array(Slot),
    factsMinChars: z.number().int().min(1),
    maxAsks: z.partialRecord(Slot, z.number().int().min(1)),
    /** Bot questions a session may reach by asking `askWithinBudget` slots (required slots are always asked). */
    questionBudget: z.number().int().min(0),
    requirements: z.array(Requirement).min(1),
    groupHarm: z.object({ topics: z.array(Topic), patterns: z.array(Pattern) }),
    moneyMatter: z.object({ topics: z.array(Topic), patterns: z.array(Pattern) }),
    questions: z.record(Slot, QuestionVariants),
    templates: z.object({
      greeting: z.string(),
      ack: z.string(),
      phoneInvalid: z.string(),
      phoneFlagged: z.string(),
      anonymousNoReply: z.string(),
      emergency: z.string().includes('{hotline}'),
      emergencyDraft: z.string(),
      dangerReminder: z.string().includes('110'),
      confirm: z.string().includes('{draft}'),
      askOffer: z.string(),
      askResume: z.string().includes('{question}'),
      emptyMessage: z.string(),
      locationUnresolved: z.string(),
      summary: z.string(),
    }),
    draftLabels: z.record(z.string(), z.string()),
    routeLabels: z.record(RouteCode, z.string()),
    llm: z.object({ system: z.string().includes('{today}'), user: z.string().includes('{message}') }),
    askMode: z.object({
      askMarkers: z.array(z.string()),
      legalQuestion: z.array(z.string()),
      questionMarks: z.array(z.string()),
      filingMarkers: z.array(z.string()),
      narrativeMarkers: z.array(z.string()),
    }),
  })
  .superRefine((spec, ctx) => {
    if (!spec.requirements.some((r) => !r.match.kinds && !r.match.routes)) {
      ctx.addIssue({ code: 'custom', path: ['requirements'], message: 'needs a catch-all requirement (empty match) last' });
    }
    const ordered = new Set(spec.order);
    for (const r of spec.requirements) {
      for (const slot of [...r.slots, ...r.groupSlots, ...r.moneySlots, ...r.askWithinBudget]) {
        if (!ordered.has(slot)) ctx.addIssue({ code: 'custom', path: ['order'], message: `slot ${slot} is required but not in order` });
      }
    }
  });
export type IntakeSpec = z.infer<typeof IntakeSpec>;

export const DEFAULT_SPEC_PATH = join(import.meta.dirname, '../../../prompts/intake-spec.json');

/** Reads and validates the dialogue spec; a bad spec stops start-up with the offending path. */
export function loadIntakeSpec(path = DEFAULT_SPEC_PATH): IntakeSpec {
  const parsed = IntakeSpec.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  throw new Error(`prompts/intake-spec.json is invalid: ${issues}`);
}

/** The first requirement whose match fits the routed kind and route. */
export function requirementFor(spec: IntakeSpec, kind: Kind | null, route: RouteCode | null): Requirement {
  const fits = (r: Requirement) =>
    (!r.match.kinds || (kind !== null && r.match.kinds.includes(kind))) &&
    (!r.match.routes || (route !== null && r.match.routes.includes(route)));
  return spec.requirements.find(fits) ?? (spec.requirements.at(-1) as Requirement);
}

/** Fills {name} placeholders. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}
