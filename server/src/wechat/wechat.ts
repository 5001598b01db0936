import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Db } from '../db/index.js';
import { type AccessTokens, createAccessTokens } from './access-token.js';
import { type ContentChecker, createContentChecker } from './content-check.js';
import { createHttpWechatApi } from './http-api.js';
import { createOutboxWorker, type OutboxHandler, type OutboxWorker } from './outbox-worker.js';
import { STATUS_NOTICE_KIND, statusNoticeHandler } from './subscribe.js';
import type { WechatApi, WechatSession } from './types.js';

/** Everything the server does with WeChat, built once per process when WECHAT_APP_ID is set. */
export interface Wechat {
  /** code2session, then remembers the openid as a WeChat user. */
  login(code: string): Promise<WechatSession>;
  content: ContentChecker;
  tokens: AccessTokens;
  /** Template ids the mini-program asks the citizen to subscribe to. */
  subscribeTemplateIds: string[];
  /** Drains WeChat outbox kinds (status notices); start it in the server process. */
  worker: OutboxWorker;
}

export function createWechat(
  config: Config,
  deps: { db: Db; clock: Clock; api?: WechatApi; random?: () => number },
): Wechat | null {
  if (!config.WECHAT_APP_ID || !config.WECHAT_APP_SECRET) return null;
  const api =
    deps.api ??
    createHttpWechatApi({ appId: config.WECHAT_APP_ID, appSecret: config.WECHAT_APP_SECRET, baseUrl: config.WECHAT_API_BASE });
  const tokens = createAccessTokens(api, deps.clock);
  const templateId = config.WECHAT_STATUS_TEMPLATE_ID;
  const handlers: Record<string, OutboxHandler> = templateId
    ? {
        [STATUS_NOTICE_KIND]: statusNoticeHandler({ api, tokens, templateId, miniprogramState: config.WECHAT_MP_STATE }),
      }
    : {};
  return {
    async login(code) {
      const session = await api.code2Session(code);
      const now = deps.clock.now().toISOString();
      await deps.db.query(
        `insert into wechat_users (openid, unionid, first_login_at, last_login_at) values ($1, $2, $3, $3)
         on conflict (openid) do update set last_login_at = excluded.last_login_at,
           unionid = coalesce(excluded.unionid, wechat_users.unionid)`,
        [session.openid, session.unionid ?? null, now],
      );
      return session;
    },
    content: createContentChecker(api, tokens),
    tokens,
    subscribeTemplateIds: templateId ? [templateId] : [],
    worker: createOutboxWorker({ db: deps.db, clock: deps.clock, handlers, random: deps.random }),
  };
}
