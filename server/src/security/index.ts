import type { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { CitizenTokens } from '../auth/index.js';
import type { Config } from '../config.js';
import { apiHeaders, requireJsonBody, requireReadableForm } from './api-guards.js';
import { createTokenBucketLimiter, type RateLimiter, unlimited } from './rate-limit.js';
import { perAddressLimit, perCitizenLimit, type RateLimiters } from './rate-limit-middleware.js';

export { chineseIssueMessage } from './issue-message.js';
export { createTokenBucketLimiter, type RateLimiter, type RateLimiters, unlimited };

/** Console forms carry a reply or a correction at most; uploads are not accepted. */
const MAX_FORM_BYTES = 256 * 1024;

/** Far above a person mistyping, far below a script trying passwords across accounts. */
const CONSOLE_LOGINS_PER_MINUTE = 20;

type LimitSettings = Pick<Config, 'RATE_LIMIT_IP_PER_MINUTE' | 'RATE_LIMIT_CITIZEN_PER_MINUTE'>;

/** In-memory limiters from the settings (0 turns a limit off); bursts allow a minute's worth at once. */
export function createRateLimiters(config: LimitSettings): RateLimiters {
  const bucket = (perMinute: number): RateLimiter =>
    perMinute > 0 ? createTokenBucketLimiter({ burst: perMinute, perMinute }) : unlimited;
  return {
    perAddress: bucket(config.RATE_LIMIT_IP_PER_MINUTE),
    perCitizen: bucket(config.RATE_LIMIT_CITIZEN_PER_MINUTE),
    consoleLogin: createTokenBucketLimiter({ burst: CONSOLE_LOGINS_PER_MINUTE, perMinute: CONSOLE_LOGINS_PER_MINUTE }),
  };
}

/** Request guards for the JSON API: headers, content type, per-address and per-citizen rate limits. */
export function registerSecurity(
  app: OpenAPIHono,
  deps: { config: Pick<Config, 'TRUST_PROXY'>; citizenTokens: CitizenTokens; rateLimiters: RateLimiters },
): void {
  app.use('/api/*', apiHeaders());
  app.use('/api/*', perAddressLimit(deps.rateLimiters.perAddress, deps.config.TRUST_PROXY));
  app.use('/api/*', requireJsonBody());
  const perCitizen = perCitizenLimit(deps.rateLimiters.perCitizen, deps.citizenTokens);
  app.use('/api/chat', perCitizen);
  app.use('/api/petitions', perCitizen);
  app.use('/console/*', bodyLimit({ maxSize: MAX_FORM_BYTES, onError: (c) => c.text('提交的内容太大了，请精简后再试。', 413) }));
  app.use('/console/*', requireReadableForm());
  app.on('POST', '/console/login', perAddressLimit(deps.rateLimiters.consoleLogin, deps.config.TRUST_PROXY));
}
