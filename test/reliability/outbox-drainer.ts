import { systemClock } from '../../server/src/clock.js';
import { openPostgres } from '../../server/src/db/index.js';
import { createOutboxWorker } from '../../server/src/wechat/index.js';

/** One outbox drainer process: "sends" each message by POSTing it to the test's counter (SINK_URL). */
const db = await openPostgres(process.env.DATABASE_URL ?? '', { max: 4 });
const worker = createOutboxWorker({
  db,
  clock: systemClock,
  batchSize: 5,
  handlers: {
    'test.drain': async (payload) => {
      const res = await fetch(process.env.SINK_URL ?? '', { method: 'POST', body: JSON.stringify({ worker: process.pid, payload }) });
      if (!res.ok) throw new Error(`sink answered ${res.status}`);
    },
  },
});
const counts = await worker.drainOnce();
await db.close();
process.stdout.write(JSON.stringify(counts));
