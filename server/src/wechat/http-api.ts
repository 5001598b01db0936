import type { z } from 'zod';
import {
  type AccessToken,
  Code2SessionResponse,
  MsgSecCheckResponse,
  type SecCheckResult,
  SendResponse,
  StableTokenResponse,
  type SubscribeMessage,
  type WechatApi,
  WechatError,
  type WechatSession,
  WechatUnavailable,
} from './types.js';

export interface HttpWechatApiOptions {
  appId: string;
  appSecret: string;
  /** https://api.weixin.qq.com in production; a loopback fake in tests. */
  baseUrl: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** The real WeChat server API over HTTPS (docs: developers.weixin.qq.com/miniprogram/dev/OpenApiDoc). */
export function createHttpWechatApi(options: HttpWechatApiOptions): WechatApi {
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 5000;
  const base = options.baseUrl.replace(/\/+$/, '');

  async function call<S extends z.ZodType<{ errcode?: number; errmsg?: string }>>(
    schema: S,
    path: string,
    init: { query?: Record<string, string>; body?: unknown },
  ): Promise<z.infer<S>> {
    const url = new URL(base + path);
    for (const [k, v] of Object.entries(init.query ?? {})) url.searchParams.set(k, v);
    let response: Response;
    try {
      response = await doFetch(url, {
        method: init.body === undefined ? 'GET' : 'POST',
        headers: init.body === undefined ? undefined : { 'content-type': 'application/json' },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (err) {
      throw new WechatUnavailable(`wechat ${path}: ${(err as Error).message}`);
    }
    if (!response.ok) throw new WechatUnavailable(`wechat ${path}: HTTP ${response.status}`);
    const parsed = schema.safeParse(await response.json().catch(() => null));
    if (!parsed.success) throw new WechatUnavailable(`wechat ${path}: unexpected response`);
    const { errcode, errmsg } = parsed.data;
    if (errcode === -1) throw new WechatUnavailable(`wechat ${path}: system busy`);
    if (errcode) throw new WechatError(errcode, errmsg ?? '');
    return parsed.data;
  }

  return {
    async code2Session(code: string): Promise<WechatSession> {
      const r = await call(Code2SessionResponse, '/sns/jscode2session', {
        query: { appid: options.appId, secret: options.appSecret, js_code: code, grant_type: 'authorization_code' },
      });
      if (!r.openid) throw new WechatUnavailable('wechat code2session: no openid');
      return r.unionid ? { openid: r.openid, unionid: r.unionid } : { openid: r.openid };
    },

    async stableAccessToken(forceRefresh: boolean): Promise<AccessToken> {
      const r = await call(StableTokenResponse, '/cgi-bin/stable_token', {
        body: {
          grant_type: 'client_credential',
          appid: options.appId,
          secret: options.appSecret,
          force_refresh: forceRefresh,
        },
      });
      if (!r.access_token) throw new WechatUnavailable('wechat stable_token: no token');
      return { token: r.access_token, expiresInSeconds: r.expires_in ?? 7200 };
    },

    async msgSecCheck(accessToken, input): Promise<SecCheckResult> {
      const r = await call(MsgSecCheckResponse, '/wxa/msg_sec_check', {
        query: { access_token: accessToken },
        body: { version: 2, openid: input.openid, scene: input.scene, content: input.content },
      });
      if (!r.result) throw new WechatUnavailable('wechat msg_sec_check: no result');
      return { suggest: r.result.suggest, label: r.result.label, traceId: r.trace_id };
    },

    async sendSubscribeMessage(accessToken: string, message: SubscribeMessage): Promise<void> {
      await call(SendResponse, '/cgi-bin/message/subscribe/send', {
        query: { access_token: accessToken },
        body: {
          touser: message.touser,
          template_id: message.templateId,
          page: message.page,
          miniprogram_state: message.miniprogramState,
          lang: 'zh_CN',
          data: Object.fromEntries(Object.entries(message.data).map(([k, value]) => [k, { value }])),
        },
      });
    },
  };
}
