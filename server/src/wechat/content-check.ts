import type { Clock } from '../clock.js';
import type { Queryable } from '../db/index.js';
import { logger } from '../log.js';
import type { AccessTokens } from './access-token.js';
import { type SecSuggest, type WechatApi, WechatUnavailable } from './types.js';

/** msg_sec_check v2 accepts at most 2500 characters per call. */
const MAX_CONTENT = 2500;

export type ContentVerdict = SecSuggest | 'unchecked';

export interface ContentChecker {
  /**
   * Checks citizen text before staff see it. Policy when WeChat is unreachable or busy: fail open
   * ('unchecked') — a petition must never be refused because of a third-party outage, and every
   * petition is read by staff anyway; the verdict is recorded so the console can flag it.
   */
  check(input: { openid: string; content: string }): Promise<{ verdict: ContentVerdict; label?: number; traceId?: string }>;
}

export function createContentChecker(api: WechatApi, tokens: AccessTokens): ContentChecker {
  return {
    async check({ openid, content }) {
      const chunks = Array.from(content);
      try {
        let worst: { verdict: ContentVerdict; label?: number; traceId?: string } = { verdict: 'pass' };
        for (let i = 0; i < chunks.length; i += MAX_CONTENT) {
          const part = chunks.slice(i, i + MAX_CONTENT).join('');
          const r = await tokens.withToken((t) => api.msgSecCheck(t, { openid, content: part, scene: 2 }));
          if (severity(r.suggest) > severity(worst.verdict)) worst = { verdict: r.suggest, label: r.label, traceId: r.traceId };
        }
        return worst;
      } catch (err) {
        if (!(err instanceof WechatUnavailable)) logger.warn('msg_sec_check rejected the call', { error: err });
        return { verdict: 'unchecked' };
      }
    },
  };
}

const severity = (v: ContentVerdict): number => ({ pass: 0, unchecked: 1, review: 2, risky: 3 })[v];

/** Keeps the non-pass verdicts so staff can see what was flagged or could not be checked. */
export async function recordContentCheck(
  db: Queryable,
  clock: Clock,
  entry: { subject: string; openid: string; verdict: ContentVerdict; label?: number; traceId?: string },
): Promise<void> {
  if (entry.verdict === 'pass') return;
  await db.query(
    `insert into content_checks (subject, openid, suggest, label, trace_id, checked_at) values ($1, $2, $3, $4, $5, $6)`,
    [entry.subject, entry.openid, entry.verdict, entry.label ?? null, entry.traceId ?? null, clock.now().toISOString()],
  );
}

/** Verdicts recorded for a chat session or petition, newest first (for the staff console). */
export async function contentFlags(db: Queryable, subject: string): Promise<{ suggest: ContentVerdict; label: number | null }[]> {
  const { rows } = await db.query<{ suggest: ContentVerdict; label: number | null }>(
    'select suggest, label from content_checks where subject = $1 order by checked_at desc, id desc',
    [subject],
  );
  return rows;
}
