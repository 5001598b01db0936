import { z } from 'zod';

/** Every WeChat answer carries errcode/errmsg (HTTP 200 even on error); 0 or absent means success. */
const Envelope = z.object({ errcode: z.number().optional(), errmsg: z.string().optional() });

export const Code2SessionResponse = Envelope.extend({
  openid: z.string().optional(),
  unionid: z.string().optional(),
  session_key: z.string().optional(),
});

export const StableTokenResponse = Envelope.extend({
  access_token: z.string().optional(),
  expires_in: z.number().optional(),
});

export const SecSuggest = z.enum(['pass', 'review', 'risky']);
export type SecSuggest = z.infer<typeof SecSuggest>;

export const MsgSecCheckResponse = Envelope.extend({
  trace_id: z.string().optional(),
  result: z.object({ suggest: SecSuggest, label: z.coerce.number() }).optional(),
});

export const SendResponse = Envelope;

export interface WechatSession {
  openid: string;
  unionid?: string;
}

export interface AccessToken {
  token: string;
  expiresInSeconds: number;
}

export interface SecCheckResult {
  suggest: SecSuggest;
  label: number;
  traceId?: string;
}

/** Scene numbers of msg_sec_check v2: 1 资料, 2 评论, 3 论坛, 4 社交日志. */
export type SecScene = 1 | 2 | 3 | 4;

export interface SubscribeMessage {
  touser: string;
  templateId: string;
  page?: string;
  data: Record<string, string>;
  miniprogramState?: 'developer' | 'trial' | 'formal';
}

/**
 * The WeChat server APIs 说事 uses, one method per endpoint. Implementations throw WechatError for an
 * errcode and WechatUnavailable when WeChat cannot be reached; token caching lives above this layer.
 */
export interface WechatApi {
  code2Session(code: string): Promise<WechatSession>;
  stableAccessToken(forceRefresh: boolean): Promise<AccessToken>;
  msgSecCheck(
    accessToken: string,
    input: { openid: string; content: string; scene: SecScene },
  ): Promise<SecCheckResult>;
  sendSubscribeMessage(accessToken: string, message: SubscribeMessage): Promise<void>;
}

/** WeChat answered with a non-zero errcode. */
export class WechatError extends Error {
  constructor(
    readonly errcode: number,
    readonly errmsg: string,
  ) {
    super(`wechat errcode ${errcode}: ${errmsg}`);
  }

  /** The access token was rejected or expired: refetch once and retry. */
  get tokenInvalid(): boolean {
    return this.errcode === 40001 || this.errcode === 42001 || this.errcode === 40014;
  }

  /** Retrying the same request cannot succeed (bad openid/template/data, user refused). */
  get permanent(): boolean {
    return [40003, 40029, 40037, 40163, 43101, 47003, 41030, 43104, 44002, 47001].includes(this.errcode);
  }
}

/** WeChat could not be reached, timed out, or answered with a non-2xx status or system busy (-1). */
export class WechatUnavailable extends Error {}
