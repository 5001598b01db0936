import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../server/src/db/index.js';
import { killHard, startServerProcess } from './server-child.js';

/**
 * The server process is killed (SIGKILL) while a submit is in flight, at several moments, and
 * restarted on the same data: there is never a half-written petition, and the citizen's retry
 * with the same key yields the one receipt.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'shuoshi-kill-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const post = async (base: string, path: string, body: unknown, token?: string) => {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};
const ANSWERS: Record<string, string> = {
  facts: '说了好几次都没解决', when: '去年秋天', location: '上栗县金山镇', name: '李明', phone: '13912345678',
  request: '希望尽快解决', previous: '没有找过', people: '就我一个', amount: '八千块',
};

describe.skipIf(!!process.env.DATABASE_URL)('server killed mid-submit', () => {
  it('leaves no half-written petition and answers the retry with the same receipt', async () => {
    const env = { DATA_DIR: dataDir, RATE_LIMIT_IP_PER_MINUTE: '0' };
    const attempts = [0, 5, 15];
    for (const [n, delayMs] of attempts.entries()) {
      let server = await startServerProcess(env);
      const { token } = (await post(server.base, '/api/auth/dev', { openid: `killed-${n}` })).body as { token: string };
      let turn = (await post(server.base, '/api/chat', { text: '给村里修水渠干了两个月活，包工头一直不给工钱' }, token)).body as { sessionId: string; awaiting: string | null };
      for (let i = 0; i < 12 && turn.awaiting; i++) {
        turn = (await post(server.base, '/api/chat', { sessionId: turn.sessionId, text: ANSWERS[turn.awaiting] ?? '不知道' }, token)).body as typeof turn;
      }
      expect(turn.awaiting).toBeNull();
      const submit = { sessionId: turn.sessionId, idempotencyKey: `kill-key-${n}-000` };
      const inFlight = post(server.base, '/api/petitions', submit, token).catch(() => null);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      await killHard(server.child);
      const first = await inFlight;

      server = await startServerProcess(env);
      const retried = await post(server.base, '/api/petitions', submit, token);
      expect(retried.status).toBe(201);
      if (first?.status === 201) expect(retried.body.receiptNo).toBe(first.body.receiptNo);
      await killHard(server.child);
    }
    const db = await openPglite(join(dataDir, 'pglite'));
    const { rows } = await db.query<{ citizen_id: string; events: number }>(
      `select p.citizen_id, (select count(*)::int from petition_events e where e.petition_id = p.id) as events
         from petitions p where p.citizen_id like 'killed-%' order by p.citizen_id`,
    );
    await db.close();
    expect(rows).toEqual(attempts.map((_, n) => ({ citizen_id: `killed-${n}`, events: 1 })));
  }, 300_000);
});
