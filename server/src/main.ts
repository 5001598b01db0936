import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { systemClock } from './clock.js';
import { ConfigError, loadConfig } from './config.js';
import { logger } from './log.js';
import { isDatabaseUnavailable } from './ops/database-unavailable.js';
import { scheduleRetention } from './ops/retention.js';
import { openRuntime } from './runtime.js';

/** The only place that reads the environment and opens connections. */
async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const runtime = await openRuntime(config, { clock: systemClock, log: (line) => logger.info(line) });
  const app = createApp(runtime.deps);
  runtime.deps.wechat?.worker.start(5000);
  const days = config.RETENTION_DAYS;
  const stopRetention = days ? scheduleRetention(runtime.deps.db, systemClock, days, (line) => logger.info(line)) : undefined;
  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: '0.0.0.0' }, (info) => {
    logger.info(`说事 listening on http://localhost:${info.port} (${runtime.deps.db.kind}, ready in ${Date.now() - started} ms)`);
  });
  const stop = async () => {
    stopRetention?.();
    server.close();
    await runtime.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
  } else if (isDatabaseUnavailable(err)) {
    const reason = err instanceof Error ? err.message : String(err);
    process.stderr.write(`Cannot reach the database (${reason}): check DATABASE_URL and that PostgreSQL is running.\n`);
  } else {
    logger.error('start-up failed', { error: err });
  }
  process.exit(1);
});
