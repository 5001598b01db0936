import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie } from 'hono/cookie';
import type { CookieOptions } from 'hono/utils/cookie';
import type { Clock } from '../clock.js';
import type { Db } from '../db/index.js';
import { AppError } from '../errors.js';
import { type StaffSession, findSession } from './staff.js';

export type ConsoleEnv = { Variables: { session: StaffSession; sessionToken: string } };

export const SESSION_COOKIE = 'shuoshi_console';
export const LOGIN_CSRF_COOKIE = 'shuoshi_login_csrf';

/** HttpOnly, SameSite=Lax, scoped to /console; Secure whenever the request came over HTTPS. */
export function cookieOptions(c: Context, maxAgeSeconds: number): CookieOptions {
  const https = new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
  return { path: '/console', httpOnly: true, sameSite: 'Lax', secure: https, maxAge: maxAgeSeconds };
}

export function tokensMatch(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A form posted from another site: a foreign Origin header is refused before any token check. */
export function foreignOrigin(c: Context): boolean {
  const origin = c.req.header('origin');
  return origin !== undefined && origin !== 'null' && origin !== new URL(c.req.url).origin;
}

/**
 * Loads the staff session from its cookie (else redirects to the login page) and, for every POST,
 * checks the session's CSRF token in the `_csrf` form field.
 */
export function requireStaff(deps: { db: Db; clock: Clock }): MiddlewareHandler<ConsoleEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const session = token ? await findSession(deps.db, deps.clock, token) : null;
    if (!session || !token) {
      if (token) deleteCookie(c, SESSION_COOKIE, { path: '/console' });
      if (c.req.method !== 'GET') throw new AppError('unauthorized', '登录已过期，请重新登录。');
      return c.redirect('/console/login');
    }
    if (c.req.method === 'POST') {
      const form = await c.req.parseBody();
      const given = typeof form._csrf === 'string' ? form._csrf : undefined;
      if (foreignOrigin(c) || !tokensMatch(given, session.csrfToken)) {
        throw new AppError('forbidden', '页面已过期或来源不明，请刷新页面后重试。');
      }
    }
    c.set('session', session);
    c.set('sessionToken', token);
    await next();
  };
}
