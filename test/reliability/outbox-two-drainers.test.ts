import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../server/src/db/index.js';
import { enqueueOutbox } from '../../server/src/wechat/index.js';
import { withDatabase } from '../helpers/global-setup.js';
import { adminUrl, TEMPLATE_DB } from '../helpers/paths.js';

const exec = promisify(execFile);
const url = process.env.DATABASE_URL ?? '';
const scratch = `shuoshi_outbox_${process.pid}`;

/** Two server processes draining one PostgreSQL outbox: FOR UPDATE SKIP LOCKED sends each message once. */
describe.skipIf(!url)('two outbox drainers on one PostgreSQL', () => {
  afterAll(async () => {
    const admin = await openPostgres(adminUrl(url), { max: 1 });
    await admin.exec(`drop database if exists ${scratch} with (force)`);
    await admin.close();
  });

  it('sends every message exactly once between them', async () => {
    const admin = await openPostgres(adminUrl(url), { max: 1 });
    await admin.exec(`create database ${scratch} template ${TEMPLATE_DB}`);
    await admin.close();
    const dbUrl = withDatabase(url, scratch);
    const db = await openPostgres(dbUrl, { max: 1 });
    const MESSAGES = 200;
    for (let i = 0; i < MESSAGES; i++) await enqueueOutbox(db, { kind: 'test.drain', payload: { n: i }, now: new Date(Date.now() - 1000) });
    await db.close();

    const received: { worker: number; payload: { n: number } }[] = [];
    const sink = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        // A little latency so the two drainers overlap.
        setTimeout(() => res.end('ok'), 2);
      });
    });
    await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
    const env = { ...process.env, DATABASE_URL: dbUrl, SINK_URL: `http://127.0.0.1:${(sink.address() as AddressInfo).port}/`, LOG_SILENT: '1' };
    const drain = () => exec('npx', ['tsx', 'test/reliability/outbox-drainer.ts'], { env, timeout: 120_000 });
    const outputs = await Promise.all([drain(), drain()]);
    sink.close();

    const counts = outputs.map((o) => JSON.parse(o.stdout) as { sent: number });
    expect(counts.reduce((n, c) => n + c.sent, 0)).toBe(MESSAGES);
    const perMessage = new Map<number, number>();
    for (const r of received) perMessage.set(r.payload.n, (perMessage.get(r.payload.n) ?? 0) + 1);
    expect(perMessage.size).toBe(MESSAGES);
    expect([...perMessage.values()].every((n) => n === 1)).toBe(true);
    expect(new Set(received.map((r) => r.worker)).size).toBe(2);
  }, 180_000);
});
