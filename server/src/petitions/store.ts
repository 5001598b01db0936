import type { Queryable } from '../db/index.js';
import { type FieldCipher, maskIdNumber, maskPersonalData, maskPhone } from '../privacy/index.js';
import type { Actor, Petition, PetitionEvent } from './types.js';

/** Columns of `petitions` read by every query; dates as text so no driver shifts them by time zone. */
export const PETITION_COLUMNS = `id, receipt_no, citizen_id, session_id, status, kind, topic, route, alternatives, level, body,
  division, name, phone_enc, id_number_enc, people, amount, happened, previous, agent, anonymous, urgent,
  summary, request, facts, citizen_text_enc, rationale, citations, owner, reply, decision_reason, referred_to,
  rating, rating_note, duplicate_of, submitted_at, decided_at, replied_at, closed_at,
  accept_due::text as accept_due, resolve_due::text as resolve_due, extended_days, created_by, created_at, updated_at`;

export type PetitionRow = Record<string, unknown>;

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const date = (v: unknown): Date | null => (v === null || v === undefined ? null : new Date(v as string));

export function toPetition(row: PetitionRow, cipher: FieldCipher): Petition {
  const open = (field: string, v: unknown) => (typeof v === 'string' ? cipher.decrypt(field, v) : null);
  const citizenText = open('citizen_text', row.citizen_text_enc);
  return {
    id: Number(row.id),
    receiptNo: String(row.receipt_no),
    citizenId: String(row.citizen_id),
    sessionId: str(row.session_id),
    status: row.status as Petition['status'],
    kind: row.kind as Petition['kind'],
    topic: row.topic as Petition['topic'],
    route: row.route as Petition['route'],
    alternatives: row.alternatives as Petition['alternatives'],
    level: row.level as Petition['level'],
    body: String(row.body),
    division: String(row.division),
    name: str(row.name),
    phone: open('phone', row.phone_enc),
    idNumber: open('id_number', row.id_number_enc),
    people: num(row.people),
    amount: num(row.amount),
    happened: str(row.happened),
    previous: row.previous as string[],
    agent: (row.agent as Petition['agent']) ?? null,
    anonymous: Boolean(row.anonymous),
    urgent: Boolean(row.urgent),
    summary: String(row.summary),
    request: str(row.request),
    facts: str(row.facts),
    citizenText: citizenText ? (JSON.parse(citizenText) as string[]) : [],
    rationale: str(row.rationale),
    citations: row.citations as Petition['citations'],
    owner: str(row.owner),
    reply: str(row.reply),
    decisionReason: str(row.decision_reason),
    referredTo: str(row.referred_to),
    rating: str(row.rating) as Petition['rating'],
    ratingNote: str(row.rating_note),
    duplicateOf: num(row.duplicate_of),
    submittedAt: date(row.submitted_at),
    decidedAt: date(row.decided_at),
    repliedAt: date(row.replied_at),
    closedAt: date(row.closed_at),
    acceptDue: str(row.accept_due),
    resolveDue: str(row.resolve_due),
    extendedDays: Number(row.extended_days),
    createdBy: String(row.created_by),
    createdAt: new Date(row.created_at as string),
    updatedAt: new Date(row.updated_at as string),
  };
}

export async function findPetition(q: Queryable, cipher: FieldCipher, receiptNo: string, forUpdate = false) {
  const { rows } = await q.query<PetitionRow>(
    `select ${PETITION_COLUMNS} from petitions where receipt_no = $1${forUpdate ? ' for update' : ''}`,
    [receiptNo],
  );
  return rows[0] ? toPetition(rows[0], cipher) : null;
}

/** A citizen's petitions, newest first. */
export async function listCitizenPetitions(q: Queryable, cipher: FieldCipher, citizenId: string, limit = 100) {
  const { rows } = await q.query<PetitionRow>(
    `select ${PETITION_COLUMNS} from petitions where citizen_id = $1 order by submitted_at desc limit ${limit}`,
    [citizenId],
  );
  return rows.map((row) => toPetition(row, cipher));
}

/** Audit snapshots never hold personal data in clear: phone and ID are masked, free text scrubbed. */
export function auditSnapshot(fields: Partial<Petition>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || key === 'citizenText') continue;
    if (key === 'phone') out[key] = typeof value === 'string' ? maskPhone(value) : value;
    else if (key === 'idNumber') out[key] = typeof value === 'string' ? maskIdNumber(value) : value;
    else out[key] = typeof value === 'string' ? maskPersonalData(value) : value;
  }
  return out;
}

export async function appendEvent(
  q: Queryable,
  event: { petitionId: number; at: Date; actor: Actor; action: string; before?: Partial<Petition>; after?: Partial<Petition>; note?: string },
): Promise<void> {
  await q.query(
    `insert into petition_events (petition_id, at, actor, actor_role, action, before, after, note)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      event.petitionId,
      event.at.toISOString(),
      event.actor.id,
      event.actor.role,
      event.action,
      event.before ? JSON.stringify(auditSnapshot(event.before)) : null,
      event.after ? JSON.stringify(auditSnapshot(event.after)) : null,
      event.note ? maskPersonalData(event.note) : null,
    ],
  );
}

export async function listEvents(q: Queryable, petitionId: number): Promise<PetitionEvent[]> {
  const { rows } = await q.query<PetitionRow>(
    'select id, at, actor, actor_role, action, before, after, note from petition_events where petition_id = $1 order by id',
    [petitionId],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    at: new Date(r.at as string),
    actor: String(r.actor),
    actorRole: String(r.actor_role),
    action: String(r.action),
    before: (r.before as Record<string, unknown>) ?? null,
    after: (r.after as Record<string, unknown>) ?? null,
    note: str(r.note),
  }));
}
