import { randomBytes } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { AppError } from '../errors.js';
import type { ConsoleDeps } from './deps.js';
import { type ConsoleEnv, LOGIN_CSRF_COOKIE, SESSION_COOKIE, cookieOptions, foreignOrigin, requireStaff, tokensMatch } from './guard.js';
import { LOCKOUT_MINUTES, login, logout } from './staff.js';
import { LoginPage } from './views/login.js';

/** Login uses a double-submit token (cookie + form field) because there is no session yet. */
export function registerAuthPages(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  const loginForm = (c: Context<ConsoleEnv>, error?: string, username?: string, status: 200 | 401 | 423 = 200) => {
    const csrf = randomBytes(24).toString('base64url');
    setCookie(c, LOGIN_CSRF_COOKIE, csrf, cookieOptions(c, 3600));
    return c.html(<LoginPage csrf={csrf} error={error} username={username} />, status);
  };

  app.get('/login', (c) => loginForm(c));

  app.post('/login', async (c) => {
    const form = await c.req.parseBody();
    const username = typeof form.username === 'string' ? form.username : '';
    const password = typeof form.password === 'string' ? form.password : '';
    const given = typeof form._csrf === 'string' ? form._csrf : undefined;
    if (foreignOrigin(c) || !tokensMatch(given, getCookie(c, LOGIN_CSRF_COOKIE))) {
      throw new AppError('forbidden', '页面已过期或来源不明，请刷新页面后重试。');
    }
    const result = await login(deps.db, deps.clock, username, password);
    if (!result.ok) {
      return result.reason === 'locked'
        ? loginForm(c, `连续登录失败次数过多，账户已锁定${LOCKOUT_MINUTES}分钟，请稍后再试。`, username, 423)
        : loginForm(c, '用户名或密码不正确。', username, 401);
    }
    deleteCookie(c, LOGIN_CSRF_COOKIE, { path: '/console' });
    setCookie(c, SESSION_COOKIE, result.token, cookieOptions(c, 12 * 3600));
    return c.redirect('/console', 303);
  });

  app.post('/logout', requireStaff(deps), async (c) => {
    await logout(deps.db, c.get('sessionToken'));
    deleteCookie(c, SESSION_COOKIE, { path: '/console' });
    return c.redirect('/console/login', 303);
  });
}
