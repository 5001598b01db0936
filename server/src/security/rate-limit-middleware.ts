import type { Context, MiddlewareHandler } from 'hono';
import type { CitizenTokens } from '../auth/index.js';
import { errorBody } from '../errors.js';
import { clientAddress } from './client-address.js';
import type { RateLimiter } from './rate-limit.js';

export interface RateLimiters {
  /** Every /api request, per client address. */
  perAddress: RateLimiter;
  /** Chat turns and submissions, per signed-in citizen (or chat session). */
  perCitizen: RateLimiter;
  /** Console sign-in attempts per client address, against password spraying across accounts. */
  consoleLogin: RateLimiter;
}

const tooMany = (c: Context, retryAfterSeconds: number) => {
  c.header('retry-after', String(retryAfterSeconds));
  if (c.req.path.startsWith('/console')) return c.text(`登录尝试太频繁了，请${retryAfterSeconds}秒后再试。`, 429);
  return c.json(errorBody('rate_limited', `请求太频繁了，请${retryAfterSeconds}秒后再试。`), 429);
};

/** The citizen behind a request: a valid bearer token, else the chat session named in the body. */
async function citizenKey(c: Context, tokens: CitizenTokens): Promise<string | null> {
  const header = c.req.header('authorization');
  const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : '';
  const citizenId = token ? tokens.verifyCitizenToken(token) : null;
  if (citizenId) return `citizen:${citizenId}`;
  if (!c.req.path.endsWith('/chat')) return null;
  try {
    const body: unknown = await c.req.json();
    const sessionId = typeof body === 'object' && body && 'sessionId' in body ? body.sessionId : null;
    return typeof sessionId === 'string' ? `session:${sessionId.slice(0, 64)}` : null;
  } catch {
    return null; // malformed bodies are the validator's to refuse
  }
}

export function perAddressLimit(limiter: RateLimiter, trustProxy: boolean): MiddlewareHandler {
  return async (c, next) => {
    const address = clientAddress(c, trustProxy);
    const decision = address ? limiter.take(`ip:${address}`) : null;
    if (decision && !decision.allowed) return tooMany(c, decision.retryAfterSeconds);
    await next();
  };
}

export function perCitizenLimit(limiter: RateLimiter, tokens: CitizenTokens): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'POST') return next();
    const key = await citizenKey(c, tokens);
    const decision = key ? limiter.take(`${c.req.path}:${key}`) : null;
    if (decision && !decision.allowed) return tooMany(c, decision.retryAfterSeconds);
    await next();
  };
}
