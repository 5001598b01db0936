import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../clock.js';
import { deriveKey } from '../privacy/index.js';

const TOKEN_TTL_SECONDS = 30 * 24 * 3600;

/**
 * Signed citizen session tokens: `<base64url payload>.<base64url HMAC-SHA256>`, payload
 * `{sub: openid, exp}`. WeChat login (code2session) and the dev login both end in issueCitizenToken.
 */
export interface CitizenTokens {
  issueCitizenToken(openid: string): string;
  /** The openid, or null when the token is malformed, forged or expired. */
  verifyCitizenToken(token: string): string | null;
}

export function createCitizenTokens(dataKey: Buffer, clock: Clock): CitizenTokens {
  const key = deriveKey(dataKey, 'citizen-token/v1');
  const sign = (payload: string) => createHmac('sha256', key).update(payload).digest('base64url');
  return {
    issueCitizenToken(openid) {
      const exp = Math.floor(clock.now().getTime() / 1000) + TOKEN_TTL_SECONDS;
      const payload = Buffer.from(JSON.stringify({ sub: openid, exp })).toString('base64url');
      return `${payload}.${sign(payload)}`;
    },
    verifyCitizenToken(token) {
      const [payload, signature] = token.split('.');
      if (!payload || !signature) return null;
      const expected = Buffer.from(sign(payload));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
      try {
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sub?: unknown; exp?: unknown };
        if (typeof claims.sub !== 'string' || typeof claims.exp !== 'number') return null;
        return claims.exp * 1000 > clock.now().getTime() ? claims.sub : null;
      } catch {
        return null;
      }
    },
  };
}
