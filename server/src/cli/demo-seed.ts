import type { Clock } from '../clock.js';
import { createStaffUser } from '../console/index.js';
import type { Db } from '../db/index.js';
import { AppError } from '../errors.js';
import { assignOwner, type PetitionContext, ratePetition, submitPetition, transition } from '../petitions/index.js';
import type { FieldCipher } from '../privacy/index.js';
import { DEMO_STAFF, type DemoPetition, demoPetitions } from './demo-data.js';

/** Staff accounts for the demo; existing ones are left as they are. */
export async function seedDemoStaff(db: Db, clock: Clock, password: string): Promise<string[]> {
  const created: string[] = [];
  for (const user of DEMO_STAFF) {
    try {
      await createStaffUser(db, clock, { ...user, password });
      created.push(user.username);
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'conflict')) throw err;
    }
  }
  return created;
}

/**
 * Files and progresses demo petitions through the domain functions (so audit log, due dates and
 * encryption are real), each step at its own moment. Re-running adds nothing: submits are idempotent.
 */
export async function seedDemoPetitions(db: Db, cipher: FieldCipher, now: Date, count: number, seed?: number): Promise<number> {
  let at = now;
  const ctx: PetitionContext = { db, cipher, clock: { now: () => at }, jurisdiction: '' };
  let created = 0;
  for (const p of demoPetitions(count, now, { seed })) {
    at = p.submittedAt;
    const result = await submitPetition(ctx, {
      citizenId: p.citizenId, idempotencyKey: p.idempotencyKey, sessionId: null, source: p.source,
      actor: { id: `citizen:${p.citizenId}`, role: 'citizen' },
    });
    if (!result.created) continue;
    created += 1;
    await applySteps(ctx, result.petition.receiptNo, p, (next) => {
      at = next;
    });
  }
  return created;
}

async function applySteps(ctx: PetitionContext, receiptNo: string, p: DemoPetition, setTime: (at: Date) => void) {
  const clerk = { id: 'staff:demo-clerk', role: 'clerk' } as const;
  for (const step of p.steps) {
    setTime(step.at);
    if (step.kind === 'action') await transition(ctx, receiptNo, step.action, clerk);
    else if (step.kind === 'assign') await assignOwner(ctx, receiptNo, step.owner, { id: 'staff:demo-supervisor', role: 'supervisor' });
    else await ratePetition(ctx, receiptNo, step.rating, step.note, clerk);
  }
}
