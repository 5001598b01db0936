import { AppError } from '../errors.js';
import type { PetitionContext } from './context.js';
import { PROCEDURE_DEADLINES, addCalendarDays, dueAfter } from './deadlines.js';
import { type PetitionAction, isEditable, isRatable, nextStatus } from './state-machine.js';
import { appendEvent, findPetition } from './store.js';
import type { Actor, Petition, PetitionEdit, Rating } from './types.js';

/** Columns a change may write, by domain field name. */
const COLUMNS = {
  status: 'status', kind: 'kind', topic: 'topic', route: 'route', level: 'level', body: 'body',
  division: 'division', summary: 'summary', request: 'request', facts: 'facts', owner: 'owner', reply: 'reply',
  decisionReason: 'decision_reason', referredTo: 'referred_to', rating: 'rating', ratingNote: 'rating_note',
  decidedAt: 'decided_at', repliedAt: 'replied_at', closedAt: 'closed_at', resolveDue: 'resolve_due',
  extendedDays: 'extended_days',
} as const satisfies Partial<Record<keyof Petition, string>>;
type Changes = Partial<Pick<Petition, keyof typeof COLUMNS>>;

interface Change {
  action: string;
  changes: Changes;
  note?: string;
}

/**
 * Locks the petition, lets `decide` compute the change from its current state, writes the change and
 * its audit event in one transaction. Unchanged fields are left out of the event.
 */
async function changePetition(
  ctx: PetitionContext,
  receiptNo: string,
  actor: Actor,
  decide: (current: Petition) => Change,
): Promise<Petition> {
  await ctx.db.transaction(async (tx) => {
    const current = await findPetition(tx, ctx.cipher, receiptNo, true);
    if (!current) throw new AppError('not_found', '没有找到这件信访事项。');
    const { action, changes, note } = decide(current);
    const keys = (Object.keys(changes) as (keyof Changes)[]).filter((k) => !same(current[k], changes[k]));
    if (keys.length === 0 && !note) return;
    const now = ctx.clock.now();
    const sets = keys.map((k, i) => `${COLUMNS[k]} = $${i + 2}`);
    const values = keys.map((k) => dbValue(changes[k]));
    await tx.query(
      `update petitions set ${[...sets, `updated_at = $${keys.length + 2}`].join(', ')} where id = $1`,
      [current.id, ...values, now.toISOString()],
    );
    const pick = (p: Changes) => Object.fromEntries(keys.map((k) => [k, p[k] ?? null])) as Partial<Petition>;
    await appendEvent(tx, { petitionId: current.id, at: now, actor, action, before: pick(current), after: pick(changes), note });
    // Notices are injected (the outbox is a later stage) and queued in this transaction, so none is lost.
    if (keys.includes('status') && changes.status && ctx.notifyStatus) {
      await ctx.notifyStatus(tx, { citizenId: current.citizenId, receiptNo, status: changes.status, title: current.topic, at: now });
    }
  });
  const updated = await findPetition(ctx.db, ctx.cipher, receiptNo);
  if (!updated) throw new AppError('not_found', '没有找到这件信访事项。');
  return updated;
}

const dbValue = (v: unknown) => (v instanceof Date ? v.toISOString() : (v ?? null));
const same = (a: unknown, b: unknown) => JSON.stringify(dbValue(a)) === JSON.stringify(dbValue(b));

/** Runs one state-machine action; an action not allowed in the current status is a 409. */
export function transition(ctx: PetitionContext, receiptNo: string, action: PetitionAction, actor: Actor) {
  return changePetition(ctx, receiptNo, actor, (p) => {
    const status = nextStatus(p.status, action.type);
    if (!status) throw new AppError('conflict', '当前状态下不能进行这个操作，请刷新后再试。');
    const now = ctx.clock.now();
    const changes: Changes = { status };
    switch (action.type) {
      case 'accept':
        Object.assign(changes, { decidedAt: now, resolveDue: dueAfter(now, PROCEDURE_DEADLINES.resolve.days) });
        break;
      case 'refer':
        Object.assign(changes, { decidedAt: now, referredTo: action.to });
        break;
      case 'not_accept':
        Object.assign(changes, { decidedAt: now, decisionReason: action.reason });
        break;
      case 'reply':
        Object.assign(changes, { reply: action.text, repliedAt: now });
        break;
      case 'close':
        changes.closedAt = now;
        break;
      case 'request_review':
        // 复查 restarts the clock for handling: 30 days from the request (第三十五条).
        Object.assign(changes, { closedAt: null, resolveDue: dueAfter(now, PROCEDURE_DEADLINES.review.days) });
        break;
    }
    const note = action.type === 'request_review' ? action.reason : undefined;
    return { action: action.type, changes, note };
  });
}

/** Staff corrections of the bot draft (topic, route, summary…). */
export function editPetition(ctx: PetitionContext, receiptNo: string, edit: PetitionEdit, actor: Actor) {
  return changePetition(ctx, receiptNo, actor, (p) => {
    if (!isEditable(p.status)) throw new AppError('conflict', '已办结的事项不能再修改。');
    // A field left out of the form is unchanged, not cleared (kind, topic… are NOT NULL).
    return { action: 'edit', changes: Object.fromEntries(Object.entries(edit).filter(([, v]) => v !== undefined)) };
  });
}

/** 包案: a named official owns the case. */
export function assignOwner(ctx: PetitionContext, receiptNo: string, owner: string, actor: Actor) {
  return changePetition(ctx, receiptNo, actor, (p) => {
    if (p.status === 'closed') throw new AppError('conflict', '已办结的事项不能再指定包案人。');
    return { action: 'assign', changes: { owner } };
  });
}

/** Extends the 60-day handling period once, by at most 30 days in total (第三十四条). */
export function extendDeadline(ctx: PetitionContext, receiptNo: string, days: number, reason: string, actor: Actor) {
  return changePetition(ctx, receiptNo, actor, (p) => {
    const max = PROCEDURE_DEADLINES.extension.days;
    if (!p.resolveDue || !['accepted', 'in_progress'].includes(p.status)) {
      throw new AppError('conflict', '只有已受理、正在办理的事项可以延期。');
    }
    if (days < 1 || p.extendedDays + days > max) throw new AppError('invalid_input', `延长期限合计不得超过${max}日。`);
    return {
      action: 'extend',
      changes: { resolveDue: addCalendarDays(p.resolveDue, days), extendedDays: p.extendedDays + days },
      note: reason,
    };
  });
}

/** 回访 / citizen rating, allowed once a reply exists; a later rating replaces the earlier one. */
export function ratePetition(ctx: PetitionContext, receiptNo: string, rating: Rating, note: string | null, actor: Actor) {
  return changePetition(ctx, receiptNo, actor, (p) => {
    if (!isRatable(p.status)) throw new AppError('conflict', '答复之后才能评价。');
    return { action: 'rate', changes: { rating, ratingNote: note } };
  });
}
