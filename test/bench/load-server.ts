import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '../../server/src/app.js';
import { systemClock } from '../../server/src/clock.js';
import { loadConfig } from '../../server/src/config.js';
import { openRuntime } from '../../server/src/runtime.js';

/**
 * The server under load (and under faults), as its own process: started by `bench:load` and the
 * reliability tests with the environment they choose; reports its port over IPC, or prints it.
 */
const runtime = await openRuntime(loadConfig(), { clock: systemClock });
const server = serve({ fetch: createApp(runtime.deps).fetch, port: Number(process.env.SERVER_PORT ?? 0), hostname: '127.0.0.1' });
server.once('listening', () => {
  const { port } = server.address() as AddressInfo;
  if (process.send) process.send({ port });
  else process.stdout.write(`listening ${port}\n`);
});
const stop = async () => {
  server.close();
  await runtime.close();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
