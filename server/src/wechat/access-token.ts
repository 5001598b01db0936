import type { Clock } from '../clock.js';
import { type WechatApi, WechatError } from './types.js';

/** Refetch this long before WeChat's stated expiry, so a token never dies mid-request. */
const REFRESH_MARGIN_MS = 5 * 60 * 1000;

export interface AccessTokens {
  /** Runs `fn` with a valid token; when WeChat rejects the token, refetches once and retries. */
  withToken<T>(fn: (token: string) => Promise<T>): Promise<T>;
}

/**
 * One cached stable access token per process (stable_token returns the same token to every replica
 * until shortly before expiry, so replicas need not share the cache). Concurrent callers share one fetch.
 */
export function createAccessTokens(api: WechatApi, clock: Clock): AccessTokens {
  let cached: { token: string; refreshAt: number } | undefined;
  let pending: Promise<string> | undefined;

  function fetchToken(): Promise<string> {
    pending ??= api
      .stableAccessToken(false)
      .then((t) => {
        const lifetimeMs = Math.max(t.expiresInSeconds * 1000 - REFRESH_MARGIN_MS, 0);
        cached = { token: t.token, refreshAt: clock.now().getTime() + lifetimeMs };
        return t.token;
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  }

  async function current(): Promise<string> {
    if (cached && clock.now().getTime() < cached.refreshAt) return cached.token;
    return fetchToken();
  }

  return {
    async withToken(fn) {
      const token = await current();
      try {
        return await fn(token);
      } catch (err) {
        if (!(err instanceof WechatError && err.tokenInvalid)) throw err;
        if (cached?.token === token) cached = undefined;
        return fn(await current());
      }
    },
  };
}
