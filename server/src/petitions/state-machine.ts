import { z } from 'zod';
import { Rating, type PetitionStatus } from './types.js';

/** Every status change a petition can undergo; payloads are validated before the machine runs. */
export const PetitionAction = z.discriminatedUnion('type', [
  z.object({ type: z.literal('submit') }),
  z.object({ type: z.literal('accept') }),
  z.object({ type: z.literal('refer'), to: z.string().trim().min(2).max(100) }),
  z.object({ type: z.literal('not_accept'), reason: z.string().trim().min(4).max(500) }),
  z.object({ type: z.literal('start') }),
  z.object({ type: z.literal('reply'), text: z.string().trim().min(4).max(4000) }),
  z.object({ type: z.literal('close') }),
  z.object({ type: z.literal('request_review'), reason: z.string().trim().max(500).optional() }),
]);
export type PetitionAction = z.infer<typeof PetitionAction>;
export type ActionType = PetitionAction['type'];

/**
 * The lifecycle (DESIGN.md): draft → submitted → accepted | referred | not_accepted → in_progress →
 * replied → closed, and a review request (复查, 第三十五条) after a reply reopens handling.
 */
const TRANSITIONS: Record<ActionType, Partial<Record<PetitionStatus, PetitionStatus>>> = {
  submit: { draft: 'submitted' },
  accept: { submitted: 'accepted' },
  refer: { submitted: 'referred' },
  not_accept: { submitted: 'not_accepted' },
  start: { accepted: 'in_progress', review_requested: 'in_progress' },
  reply: { in_progress: 'replied' },
  close: { replied: 'closed', referred: 'closed', not_accepted: 'closed' },
  request_review: { replied: 'review_requested', closed: 'review_requested' },
};

/** The status after `action`, or null when the action is not allowed from `from`. */
export function nextStatus(from: PetitionStatus, action: ActionType): PetitionStatus | null {
  return TRANSITIONS[action][from] ?? null;
}

export function allowedActions(from: PetitionStatus): ActionType[] {
  return (Object.keys(TRANSITIONS) as ActionType[]).filter((a) => nextStatus(from, a) !== null);
}

/** Staff edits are allowed until the matter is closed. */
export function isEditable(status: PetitionStatus): boolean {
  return status !== 'closed' && status !== 'draft';
}

/** The citizen (or 回访 staff) may rate once a reply has been given. */
export function isRatable(status: PetitionStatus): boolean {
  return status === 'replied' || status === 'closed' || status === 'review_requested';
}

export { Rating };
