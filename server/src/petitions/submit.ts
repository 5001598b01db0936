import { AppError } from '../errors.js';
import { isValidIdNumber, isValidPhone, maskPersonalData, normalizePhone } from '../privacy/index.js';
import { type AgentDeclaration, type CitizenEdits, applyCitizenEdits } from './citizen-edits.js';
import type { PetitionContext } from './context.js';
import { PROCEDURE_DEADLINES, dueAfter } from './deadlines.js';
import { DUPLICATE_WINDOW_DAYS, findDuplicateRoot } from './duplicates.js';
import { nextReceiptNo } from './receipt.js';
import { appendEvent, findPetition } from './store.js';
import type { Actor, Petition, SessionDraft } from './types.js';

export interface SubmitInput {
  citizenId: string;
  idempotencyKey: string;
  sessionId: string | null;
  source: SessionDraft;
  actor: Actor;
  /** The citizen's corrections on the 确认 page; applied before the petition is created, and audited. */
  edits?: CitizenEdits;
  /** 代办 as the client declares it (with consent); replaces who-files-for-whom as intake understood it. */
  agent?: AgentDeclaration | null;
  /** 代办: the villager agreed that the agent files for them (staff-side filings). */
  agentConsent?: boolean;
}

const AGENT_CONSENT_REQUIRED = '这件事是替别人反映的（代办），须取得当事人本人同意，请勾选“当事人已同意由我代为反映”后再提交。';

/** The draft as submitted: intake's draft, the citizen's corrections, the declared 代办; plus what changed. */
function finalDraft(input: SubmitInput) {
  const { draft, before, after } = applyCitizenEdits(input.source.draft, input.edits);
  const declared = input.agent ? { name: input.agent.name, forPerson: input.agent.forPerson } : null;
  if (declared && JSON.stringify(declared) !== JSON.stringify(draft.agent)) {
    before.agent = draft.agent;
    after.agent = declared;
    draft.agent = declared;
  }
  const agentConsent = input.agent?.consent ?? input.agentConsent ?? false;
  if (draft.agent && !agentConsent) throw new AppError('invalid_input', AGENT_CONSENT_REQUIRED);
  return { draft, agentConsent, before, after, edited: Object.keys(after).length > 0 };
}

function checkedPersonalData(draft: SessionDraft['draft']) {
  const phone = draft.phone ? normalizePhone(draft.phone) : null;
  if (phone && !isValidPhone(phone)) throw new AppError('invalid_input', '联系电话格式不正确，请核对后再提交。');
  const idNumber = draft.idNumber?.trim().toUpperCase() || null;
  if (idNumber && !isValidIdNumber(idNumber)) throw new AppError('invalid_input', '身份证号码不正确，请核对后再提交。');
  return { phone, idNumber };
}

/**
 * Turns a confirmed draft into a submitted petition. Idempotent: the same (citizen, key) always
 * yields the one petition, also when retries race (the unique key decides, the loser reads the winner).
 * A retry carrying different edits still gets the first petition, unchanged: once submitted, corrections
 * go through staff, where they are audited as staff edits.
 */
export async function submitPetition(ctx: PetitionContext, input: SubmitInput): Promise<{ petition: Petition; created: boolean }> {
  const earlier = await findSubmission(ctx, input.citizenId, input.idempotencyKey);
  if (earlier) return { petition: earlier, created: false };
  const { draft, agentConsent, before, after, edited } = finalDraft(input);
  const { phone, idNumber } = checkedPersonalData(draft);
  const now = ctx.clock.now();
  const division = draft.division ?? ctx.jurisdiction;
  const phoneIndex = phone ? ctx.cipher.blindIndex('phone', phone) : null;

  const created = await ctx.db.transaction(async (tx) => {
    const receiptNo = await nextReceiptNo(tx, now);
    const since = new Date(now.getTime() - DUPLICATE_WINDOW_DAYS * 86_400_000);
    const duplicateOf = await findDuplicateRoot(tx, {
      citizenId: input.citizenId, phoneIndex, name: draft.name, division, topic: draft.topic, since,
    });
    const agent = draft.agent ? { ...draft.agent, consent: agentConsent } : null;
    const { rows } = await tx.query<{ id: number }>(
      `insert into petitions (receipt_no, citizen_id, idempotency_key, session_id, status, kind, topic, route,
         alternatives, level, body, division, name, phone_enc, phone_index, id_number_enc, people, amount, happened,
         previous, agent, anonymous, urgent, summary, request, facts, citizen_text_enc, rationale, citations,
         duplicate_of, submitted_at, accept_due, created_by, created_at, updated_at)
       values ($1,$2,$3,$4,'submitted',$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,
         $26,$27,$28,$29,$30,$31,$32,$30,$30)
       on conflict (citizen_id, idempotency_key) do nothing returning id`,
      [
        receiptNo, input.citizenId, input.idempotencyKey, input.sessionId, draft.kind, draft.topic, draft.route,
        JSON.stringify(draft.alternatives), draft.level, draft.body, division, draft.anonymous ? null : draft.name,
        phone ? ctx.cipher.encrypt('phone', phone) : null, phoneIndex,
        idNumber ? ctx.cipher.encrypt('id_number', idNumber) : null,
        draft.people, draft.amount, draft.when ?? null, JSON.stringify(draft.previous), agent ? JSON.stringify(agent) : null,
        draft.anonymous, draft.urgent ?? false, maskPersonalData(draft.summary), scrub(draft.request), scrub(draft.facts),
        ctx.cipher.encrypt('citizen_text', JSON.stringify(input.source.citizenText)),
        input.source.rationale ?? null, JSON.stringify(input.source.citations ?? []), duplicateOf, now.toISOString(),
        dueAfter(now, PROCEDURE_DEADLINES.accept.days), input.actor.id,
      ],
    );
    const id = rows[0]?.id;
    if (id === undefined) return false;
    if (edited) {
      await appendEvent(tx, { petitionId: Number(id), at: now, actor: input.actor, action: 'citizen_edit', before, after });
    }
    await appendEvent(tx, {
      petitionId: Number(id), at: now, actor: input.actor, action: 'submit',
      before: { status: 'draft' },
      after: { status: 'submitted', receiptNo, kind: draft.kind, topic: draft.topic, route: draft.route, division },
      note: duplicateOf ? '与既有信访事项疑似重复，已关联' : undefined,
    });
    return true;
  });
  const petition = await findSubmission(ctx, input.citizenId, input.idempotencyKey);
  if (!petition) throw new AppError('internal', '提交没有成功，请稍后再试。');
  return { petition, created };
}

// Phone and ID numbers belong in their encrypted fields, not in free text staff lists show.
const scrub = (text: string | null | undefined) => (text ? maskPersonalData(text) : null);

/** The petition a citizen already filed under this idempotency key, if any. */
export async function findSubmission(ctx: PetitionContext, citizenId: string, key: string): Promise<Petition | null> {
  const { rows } = await ctx.db.query<{ receipt_no: string }>(
    'select receipt_no from petitions where citizen_id = $1 and idempotency_key = $2',
    [citizenId, key],
  );
  return rows[0] ? findPetition(ctx.db, ctx.cipher, rows[0].receipt_no) : null;
}
