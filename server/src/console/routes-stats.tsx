import type { Context, Hono } from 'hono';
import { AppError } from '../errors.js';
import { StatsFilter, computeStats, scopeFor } from '../petitions/index.js';
import { statsCsv } from './csv.js';
import { type ConsoleDeps, divisionLabel } from './deps.js';
import type { ConsoleEnv } from './guard.js';
import { can } from './permissions.js';
import { StatsPage } from './views/stats.js';

export function registerStatsPages(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  const load = async (c: Context<ConsoleEnv>) => {
    const session = c.get('session');
    if (!can(session.user.role, 'stats')) throw new AppError('forbidden', '你的角色没有查看统计的权限。');
    const parsed = StatsFilter.safeParse(c.req.query());
    const filter = parsed.success ? parsed.data : {};
    return { session, filter, stats: await computeStats(deps.db, scopeFor(session.user), filter, deps.clock.now()) };
  };

  app.get('/stats', async (c) => {
    const { session, filter, stats } = await load(c);
    return c.html(<StatsPage session={session} filter={filter} stats={stats} divisionName={divisionLabel(deps)} />);
  });

  app.get('/stats.csv', async (c) => {
    const { stats } = await load(c);
    return c.body(statsCsv(stats, divisionLabel(deps)), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="stats-${deps.clock.now().toISOString().slice(0, 10)}.csv"`,
    });
  });
}
