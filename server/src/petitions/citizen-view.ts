import { z } from 'zod';
import { ACTION_LABELS, ROUTE_LABELS, STATUS_LABELS } from './labels.js';
import { PetitionStatus, Rating, type Petition, type PetitionEvent } from './types.js';

export const TimelineEntry = z.object({ at: z.string(), action: z.string(), label: z.string(), status: PetitionStatus.nullable() });

export const CitizenPetition = z.object({
  receiptNo: z.string(),
  status: PetitionStatus,
  statusLabel: z.string(),
  kind: z.string(),
  topic: z.string(),
  route: z.string(),
  routeLabel: z.string(),
  body: z.string(),
  summary: z.string(),
  request: z.string().nullable(),
  submittedAt: z.string().nullable(),
  due: z.object({ accept: z.string().nullable(), resolve: z.string().nullable() }),
  referredTo: z.string().nullable(),
  reason: z.string().nullable().describe('不予受理的理由'),
  reply: z.string().nullable(),
  rating: Rating.nullable(),
  timeline: z.array(TimelineEntry),
});
export type CitizenPetition = z.infer<typeof CitizenPetition>;

/** Staff-internal changes (edits, 包案) are not part of the citizen's timeline. */
const CITIZEN_VISIBLE = new Set(['submit', 'accept', 'refer', 'not_accept', 'start', 'reply', 'close', 'request_review', 'extend', 'rate']);

export function toCitizenView(p: Petition, events: PetitionEvent[]): CitizenPetition {
  return {
    receiptNo: p.receiptNo,
    status: p.status,
    statusLabel: STATUS_LABELS[p.status],
    kind: p.kind,
    topic: p.topic,
    route: p.route,
    routeLabel: ROUTE_LABELS[p.route],
    body: p.referredTo ?? p.body,
    summary: p.summary,
    request: p.request,
    submittedAt: p.submittedAt?.toISOString() ?? null,
    due: { accept: p.acceptDue, resolve: p.resolveDue },
    referredTo: p.referredTo,
    reason: p.decisionReason,
    reply: p.reply,
    rating: p.rating,
    timeline: events
      .filter((e) => CITIZEN_VISIBLE.has(e.action))
      .map((e) => {
        const status = PetitionStatus.safeParse(e.after?.status);
        return {
          at: e.at.toISOString(),
          action: e.action,
          label: ACTION_LABELS[e.action] ?? e.action,
          status: status.success ? status.data : null,
        };
      }),
  };
}
