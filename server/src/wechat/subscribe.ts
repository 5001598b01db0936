import { z } from 'zod';
import type { Queryable } from '../db/index.js';
import { STATUS_LABELS } from '../petitions/index.js';
import type { AccessTokens } from './access-token.js';
import { PermanentFailure } from './outbox-worker.js';
import { type FieldType, fitField } from './fields.js';
import type { WechatApi } from './types.js';

export const STATUS_NOTICE_KIND = 'wechat.status_notice';

/** The petition states' own names, shortened where the template's phrase field (≤ 5 characters) needs it. */
const NOTICE_STATUS_LABELS: Record<string, string> = { ...STATUS_LABELS, submitted: '已提交', review_requested: '复查中' };

/**
 * Keys of the 事项进度通知 template picked in the mp admin (订阅消息 → 选用模板); change them
 * together with WECHAT_STATUS_TEMPLATE_ID when a different template is chosen.
 */
const STATUS_TEMPLATE: Record<'receiptNo' | 'title' | 'status' | 'time' | 'note', { key: string; type: FieldType }> =
  {
    receiptNo: { key: 'character_string1', type: 'character_string' },
    title: { key: 'thing2', type: 'thing' },
    status: { key: 'phrase3', type: 'phrase' },
    time: { key: 'time4', type: 'time' },
    note: { key: 'thing5', type: 'thing' },
  };

export const StatusNotice = z.object({
  openid: z.string().min(1),
  receiptNo: z.string().min(1),
  status: z.string().min(1),
  /** Short subject of the matter, e.g. the topic; never the citizen's own words or personal data. */
  title: z.string(),
  note: z.string().optional(),
  at: z.string().datetime({ offset: true }),
});
export type StatusNotice = z.infer<typeof StatusNotice>;

/**
 * Queues a status-change message in the caller's transaction. Only openids that logged in through
 * WeChat get one (dev logins are skipped); returns whether a message was queued.
 */
export async function enqueueStatusNotice(
  db: Queryable,
  notice: { openid: string; receiptNo: string; status: string; title: string; note?: string; at: Date },
): Promise<boolean> {
  const payload = StatusNotice.parse({ ...notice, at: notice.at.toISOString() });
  const { rows } = await db.query(
    `insert into outbox (kind, payload, next_attempt_at, created_at)
     select $1, $2::jsonb, $3, $3 where exists (select 1 from wechat_users where openid = $4)
     returning id`,
    [STATUS_NOTICE_KIND, JSON.stringify(payload), notice.at.toISOString(), notice.openid],
  );
  return rows.length > 0;
}

export function statusMessageData(notice: StatusNotice): Record<string, string> {
  const values = {
    receiptNo: notice.receiptNo,
    title: notice.title,
    status: NOTICE_STATUS_LABELS[notice.status] ?? notice.status,
    time: new Date(notice.at),
    note: notice.note ?? '点击查看办理进度',
  };
  return Object.fromEntries(
    Object.entries(STATUS_TEMPLATE).map(([name, field]) => [field.key, fitField(field.type, values[name as keyof typeof values])]),
  );
}

/** Outbox handler that sends one status notice; WeChat errors decide retry vs. give up. */
export function statusNoticeHandler(deps: {
  api: WechatApi;
  tokens: AccessTokens;
  templateId: string;
  miniprogramState: 'developer' | 'trial' | 'formal';
}) {
  return async (payload: unknown): Promise<void> => {
    const parsed = StatusNotice.safeParse(payload);
    if (!parsed.success) throw new PermanentFailure('malformed status notice');
    const notice = parsed.data;
    await deps.tokens.withToken((token) =>
      deps.api.sendSubscribeMessage(token, {
        touser: notice.openid,
        templateId: deps.templateId,
        page: `pages/cases/cases?receiptNo=${encodeURIComponent(notice.receiptNo)}`,
        data: statusMessageData(notice),
        miniprogramState: deps.miniprogramState,
      }),
    );
  };
}
