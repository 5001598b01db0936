import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../server/src/errors.js';
import {
  type PetitionAction,
  PetitionStatus,
  findPetition,
  listEvents,
  nextStatus,
  submitPetition,
  transition,
} from '../../server/src/petitions/index.js';
import { type TestApp, makePetitionApp, sampleDraft } from './fixture.js';

/** The lifecycle edges of DESIGN.md, written out independently of the implementation's table. */
const LEGAL_EDGES = new Set([
  'draft>submitted',
  'submitted>accepted',
  'submitted>referred',
  'submitted>not_accepted',
  'accepted>in_progress',
  'in_progress>replied',
  'replied>closed',
  'referred>closed',
  'not_accepted>closed',
  'replied>review_requested',
  'closed>review_requested',
  'review_requested>in_progress',
]);

const actionArb: fc.Arbitrary<PetitionAction> = fc.oneof(
  fc.constant({ type: 'submit' as const }),
  fc.constant({ type: 'accept' as const }),
  fc.constant({ type: 'refer' as const, to: '沫阳镇人民调解委员会' }),
  fc.constant({ type: 'not_accept' as const, reason: '已进入诉讼程序，依法不予受理' }),
  fc.constant({ type: 'start' as const }),
  fc.constant({ type: 'reply' as const, text: '经调查核实，已督促支付。' }),
  fc.constant({ type: 'close' as const }),
  fc.constant({ type: 'request_review' as const, reason: '对答复不满意' }),
);

const clerk = { id: 'staff:clerk1', role: 'clerk' } as const;

describe('petition state machine', () => {
  it('never allows a transition outside the lifecycle', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PetitionStatus.options), actionArb, (from, action) => {
        const to = nextStatus(from, action.type);
        return to === null || LEGAL_EDGES.has(`${from}>${to}`);
      }),
    );
  });

  it('reaches every status from a draft', () => {
    const reached = new Set<string>(['draft']);
    for (let changed = true; changed; ) {
      changed = false;
      for (const from of [...reached]) {
        for (const type of ['submit', 'accept', 'refer', 'not_accept', 'start', 'reply', 'close', 'request_review'] as const) {
          const to = nextStatus(from as PetitionStatus, type);
          if (to && !reached.has(to)) {
            reached.add(to);
            changed = true;
          }
        }
      }
    }
    expect([...reached].sort()).toEqual([...PetitionStatus.options].sort());
  });

  describe('on stored petitions', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await makePetitionApp();
    });

    it('applies legal actions with one audit event each and refuses illegal ones without a trace', async () => {
      let run = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(actionArb, { minLength: 1, maxLength: 8 }), async (actions) => {
          run += 1;
          const { petition } = await submitPetition(t.petitions, {
            citizenId: `prop-${run}`, idempotencyKey: `prop-key-${run}`, sessionId: null,
            source: sampleDraft({ name: `人${run}`, phone: null }), actor: { id: `citizen:prop-${run}`, role: 'citizen' },
          });
          let status = petition.status;
          for (const action of actions) {
            const eventsBefore = (await listEvents(t.db, petition.id)).length;
            try {
              const updated = await transition(t.petitions, petition.receiptNo, action, clerk);
              expect(LEGAL_EDGES.has(`${status}>${updated.status}`)).toBe(true);
              const events = await listEvents(t.db, petition.id);
              expect(events).toHaveLength(eventsBefore + 1);
              expect(events.at(-1)).toMatchObject({ action: action.type, actor: clerk.id, before: { status }, after: { status: updated.status } });
              status = updated.status;
            } catch (err) {
              expect(err).toBeInstanceOf(AppError);
              expect((err as AppError).code).toBe('conflict');
              expect(nextStatus(status, action.type)).toBeNull();
              expect((await findPetition(t.db, t.petitions.cipher, petition.receiptNo))?.status).toBe(status);
              expect(await listEvents(t.db, petition.id)).toHaveLength(eventsBefore);
            }
          }
          const chain = (await listEvents(t.db, petition.id)).filter((e) => e.after?.status);
          for (let i = 1; i < chain.length; i++) expect(chain[i]?.before?.status).toBe(chain[i - 1]?.after?.status);
        }),
        { numRuns: 25 },
      );
    });

    it('keeps the audit log append-only in the database', async () => {
      const { petition } = await submitPetition(t.petitions, {
        citizenId: 'audit', idempotencyKey: 'audit-key-1', sessionId: null, source: sampleDraft(), actor: { id: 'citizen:audit', role: 'citizen' },
      });
      await expect(t.db.query('update petition_events set actor = $1 where petition_id = $2', ['x', petition.id])).rejects.toThrow(/append-only/);
      await expect(t.db.query('delete from petition_events where petition_id = $1', [petition.id])).rejects.toThrow(/append-only/);
    });
  });
});
