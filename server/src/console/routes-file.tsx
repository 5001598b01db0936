import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { AppError } from '../errors.js';
import { AgentFiling, draftForAgentFiling, submitPetition } from '../petitions/index.js';
import type { ConsoleDeps } from './deps.js';
import type { ConsoleEnv } from './guard.js';
import { can } from './permissions.js';
import { FilePage } from './views/file.js';

/** 代办 filing. The form carries an idempotency key, so a double click or a resubmit files once. */
export function registerFilePages(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  app.get('/file', (c) => c.html(<FilePage session={c.get('session')} idempotencyKey={randomUUID()} />));

  app.post('/file', async (c) => {
    const session = c.get('session');
    if (!can(session.user.role, 'file')) throw new AppError('forbidden', '你的角色没有代办登记的权限。');
    const parsed = AgentFiling.safeParse(await c.req.parseBody());
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message ?? '请检查填写的内容。';
      return c.html(<FilePage session={session} idempotencyKey={randomUUID()} error={message} />, 400);
    }
    if (!parsed.data.division.startsWith(session.user.divisionPrefix)) {
      return c.html(<FilePage session={session} idempotencyKey={randomUUID()} error="区划代码不在你的辖区内。" />, 400);
    }
    const staffId = `staff:${session.user.username}`;
    const source = await draftForAgentFiling(parsed.data, session.user.displayName, deps.routeCase);
    const { petition } = await submitPetition(deps.petitions, {
      citizenId: `agent:${session.user.username}`,
      idempotencyKey: parsed.data.idempotencyKey,
      sessionId: null,
      source,
      actor: { id: staffId, role: session.user.role },
      agentConsent: true,
    });
    return c.redirect(`/console/petitions/${petition.receiptNo}?done=filed`, 303);
  });
}
