import { z } from 'zod';
import { Draft } from '../intake/types.js';
import { Kind, Level, RouteCitation, RouteCode, Topic } from '../routing/types.js';

export const PetitionStatus = z.enum([
  'draft',
  'submitted',
  'accepted',
  'referred',
  'not_accepted',
  'in_progress',
  'replied',
  'closed',
  'review_requested',
]);
export type PetitionStatus = z.infer<typeof PetitionStatus>;

/** 回访 outcome; 满意 and 基本满意 count as satisfied in the 群众满意率. */
export const Rating = z.enum(['满意', '基本满意', '不满意']);
export type Rating = z.infer<typeof Rating>;

export const StaffRole = z.enum(['clerk', 'supervisor', 'admin', 'grid_worker']);
export type StaffRole = z.infer<typeof StaffRole>;

/** Who made a change, as written to the audit log. */
export const Actor = z.object({
  id: z.string().describe('citizen:<openid> | staff:<username> | system'),
  role: z.union([StaffRole, z.literal('citizen'), z.literal('system')]),
});
export type Actor = z.infer<typeof Actor>;

/** What the intake module hands over for a chat session: the current draft and the citizen's own words. */
export const SessionDraft = z.object({
  draft: Draft,
  citizenText: z.array(z.string()),
  rationale: z.string().nullable().optional(),
  citations: z.array(RouteCitation).optional(),
});
export type SessionDraft = z.infer<typeof SessionDraft>;

/** Injected by runtime.ts (intake's getSessionDraft); tests use a double. */
export interface DraftSource {
  getSessionDraft(sessionId: string): Promise<SessionDraft | null>;
}

/** Fields staff may correct on a bot draft; every edit is audited with before/after. */
export const PetitionEdit = z.object({
  kind: Kind.optional(),
  topic: Topic.optional(),
  route: RouteCode.optional(),
  level: Level.optional(),
  body: z.string().trim().min(1).max(100).optional(),
  division: z.string().regex(/^\d{0,12}$/).optional(),
  summary: z.string().trim().min(1).max(200).optional(),
  request: z.string().trim().max(500).nullable().optional(),
  facts: z.string().trim().max(2000).nullable().optional(),
});
export type PetitionEdit = z.infer<typeof PetitionEdit>;

/** A petition as the domain sees it, personal data decrypted. */
export interface Petition {
  id: number;
  receiptNo: string;
  citizenId: string;
  /** The chat session the draft came from (null for 代办 filings). */
  sessionId: string | null;
  status: PetitionStatus;
  kind: Kind;
  topic: Topic;
  route: RouteCode;
  alternatives: Draft['alternatives'];
  level: Level;
  body: string;
  division: string;
  name: string | null;
  phone: string | null;
  idNumber: string | null;
  people: number | null;
  amount: number | null;
  happened: string | null;
  previous: string[];
  agent: { name: string | null; forPerson: string | null; consent?: boolean } | null;
  anonymous: boolean;
  urgent: boolean;
  summary: string;
  request: string | null;
  facts: string | null;
  citizenText: string[];
  rationale: string | null;
  citations: z.infer<typeof RouteCitation>[];
  owner: string | null;
  reply: string | null;
  decisionReason: string | null;
  referredTo: string | null;
  rating: Rating | null;
  ratingNote: string | null;
  duplicateOf: number | null;
  submittedAt: Date | null;
  decidedAt: Date | null;
  repliedAt: Date | null;
  closedAt: Date | null;
  acceptDue: string | null;
  resolveDue: string | null;
  extendedDays: number;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface PetitionEvent {
  id: number;
  at: Date;
  actor: string;
  actorRole: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  note: string | null;
}
