import type { OpenAPIHono } from '@hono/zod-openapi';
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { secureHeaders } from 'hono/secure-headers';
import { AppError } from '../errors.js';
import { logger } from '../log.js';
import type { ConsoleDeps } from './deps.js';
import { type ConsoleEnv, SESSION_COOKIE, requireStaff } from './guard.js';
import { registerAuthPages } from './routes-auth.js';
import { registerFilePages } from './routes-file.js';
import { registerPetitionPages } from './routes-petitions.js';
import { registerStatsPages } from './routes-stats.js';
import { findSession } from './staff.js';
import { CONSOLE_CSS } from './style.js';
import { ErrorPage } from './views/layout.js';

export type { ConsoleDeps } from './deps.js';
export { createStaffUser, NewStaffUser } from './staff.js';

/** The staff console under /console: server-rendered pages, forms without client script. */
export function registerConsole(app: OpenAPIHono, deps: ConsoleDeps): void {
  const pages = new Hono<ConsoleEnv>();
  pages.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'same-origin',
    }),
  );
  pages.use(async (c, next) => {
    await next();
    if (c.res.headers.get('content-type')?.startsWith('text/html')) c.header('cache-control', 'no-store');
  });
  pages.get('/style.css', (c) => c.body(CONSOLE_CSS, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'max-age=3600' }));
  registerAuthPages(pages, deps);
  pages.use('*', requireStaff(deps));
  registerPetitionPages(pages, deps);
  registerStatsPages(pages, deps);
  registerFilePages(pages, deps);

  pages.all('*', (c) => c.html(<ErrorPage status={404} message="没有找到这个页面。" session={c.get('session')} />, 404));
  pages.onError(async (err, c) => {
    const token = getCookie(c, SESSION_COOKIE);
    const session = token ? ((await findSession(deps.db, deps.clock, token).catch(() => null)) ?? undefined) : undefined;
    if (err instanceof AppError) {
      if (err.code === 'unauthorized') return c.redirect('/console/login', 303);
      return c.html(<ErrorPage status={err.status} message={err.message} session={session} />, err.status);
    }
    logger.error('console error', { path: c.req.path, error: err });
    return c.html(<ErrorPage status={500} message="服务器出了点问题，请稍后再试。" session={session} />, 500);
  });
  app.route('/console', pages);
}
