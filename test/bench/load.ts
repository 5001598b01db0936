/**
 * `npm run bench:load`: 50 and then 200 concurrent citizens on loopback, each logging in, chatting to a
 * confirmable draft and submitting it — with double taps, dropped connections and retries with the same key.
 * Prints throughput, latency percentiles and errors, then reconciles with the database: every accepted
 * submit must be there exactly once. Bounded in count and time; PGlite by default, PostgreSQL with DATABASE_URL
 * (a scratch database is created next to it and dropped afterwards).
 */
import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPglite, openPostgres } from '../../server/src/db/index.js';
import { withDatabase } from '../helpers/global-setup.js';
import { adminUrl, TEMPLATE_DB } from '../helpers/paths.js';
import { percentile } from './args.js';
import { type HttpResult, createHttpClient } from './load-client.js';
import { type Accepted, reconcile } from './load-reconcile.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const LEVELS = arg('concurrency', '50,200').split(',').map(Number);
const ROUNDS = Number(arg('rounds', '2')); // citizens per level = concurrency × rounds
const PHASE_DEADLINE_MS = Number(arg('deadline-s', '120')) * 1000;
// A citizen reads the reply and types the next answer; 0 turns the run into a closed-loop stress test.
const THINK_MS = Number(arg('think-ms', '1000'));
const RUN = randomBytes(3).toString('hex');
const think = () => new Promise((resolve) => setTimeout(resolve, THINK_MS * (0.5 + Math.random())));

const OPENINGS = ['给村里修水渠干了两个月活，包工头一直不给工钱', '隔壁邻居盖房子占了我家的宅基地，说了不听', '村里的路坑坑洼洼好几年了没人修', '孩子上学的校车总是超载，很危险'];
const answers = (i: number): Record<string, string> => ({
  facts: '前后说了好几次都没解决', when: '去年秋天', location: '上栗县金山镇', name: `李${'明华强军伟芳'[i % 6]}`,
  phone: `139${String(10_000_000 + i).slice(-8)}`, request: '希望尽快解决', previous: '没有找过', people: '就我一个', amount: '八千块',
});

interface Phase {
  concurrency: number;
  chatMs: number[];
  submitMs: number[];
  requests: number;
  errors: Map<string, number>;
  incomplete: number;
  /** Submits whose connection the client dropped on purpose (then retried). */
  dropped: number;
  wallMs: number;
}

async function citizen(http: ReturnType<typeof createHttpClient>, i: number, phase: Phase, accepted: Accepted[]): Promise<void> {
  const headers: Record<string, string> = { 'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` };
  const count = (r: HttpResult, ok: number) => {
    phase.requests++;
    if (r.status !== ok) phase.errors.set(String(r.status), (phase.errors.get(String(r.status)) ?? 0) + 1);
    return r;
  };
  const openid = `load-${RUN}-${i}`;
  const login = count(await http.post('/api/auth/dev', { openid }, headers), 200);
  if (login.status !== 200) return void phase.incomplete++;
  headers.authorization = `Bearer ${(JSON.parse(login.body) as { token: string }).token}`;
  let turn: { sessionId: string; awaiting: string | null } | null = null;
  for (let n = 0; n < 12 && (turn === null || turn.awaiting); n++) {
    if (turn) await think();
    const text = turn?.awaiting ? (answers(i)[turn.awaiting] ?? '不知道') : (OPENINGS[i % OPENINGS.length] as string);
    const r = count(await http.post('/api/chat', turn ? { sessionId: turn.sessionId, text } : { text }, headers), 200);
    phase.chatMs.push(r.ms);
    if (r.status !== 200) return void phase.incomplete++;
    turn = JSON.parse(r.body) as { sessionId: string; awaiting: string | null };
  }
  if (!turn || turn.awaiting) return void phase.incomplete++;
  await think();
  const body = { sessionId: turn.sessionId, idempotencyKey: randomUUID() };
  const receipts = new Set<string>();
  const submit = async (abortAfterMs?: number) => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const r = await http.post('/api/petitions', body, headers, abortAfterMs);
      if (abortAfterMs === undefined) count(r, 201);
      else phase.dropped++;
      if (abortAfterMs === undefined) phase.submitMs.push(r.ms);
      if (r.status === 201) return receipts.add((JSON.parse(r.body) as { receiptNo: string }).receiptNo);
      if (abortAfterMs !== undefined) return; // the dropped one; the caller retries
      await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
    }
  };
  const style = i % 4;
  if (style === 0) await Promise.all([submit(), submit()]); // double tap
  else if (style === 1) await submit(1).then(() => submit()); // connection dropped mid-submit, then retried
  else if (style === 2) await submit().then(() => submit()); // retried after success (lost response)
  else await submit();
  for (const receiptNo of receipts) accepted.push({ citizenId: openid, idempotencyKey: body.idempotencyKey, receiptNo });
}

async function runPhase(base: string, concurrency: number, citizens: number, offset: number, accepted: Accepted[]): Promise<Phase> {
  const phase: Phase = { concurrency, chatMs: [], submitMs: [], requests: 0, errors: new Map(), incomplete: 0, dropped: 0, wallMs: 0 };
  const http = createHttpClient(base, concurrency);
  const started = performance.now();
  let next = 0;
  const worker = async (slot: number) => {
    // Citizens arrive spread over one think period, not all in the same millisecond.
    await new Promise((resolve) => setTimeout(resolve, (slot / concurrency) * THINK_MS));
    while (next < citizens && performance.now() - started < PHASE_DEADLINE_MS) await citizen(http, offset + next++, phase, accepted);
  };
  await Promise.all(Array.from({ length: concurrency }, (_, slot) => worker(slot)));
  phase.wallMs = performance.now() - started;
  http.close();
  return phase;
}

function startServer(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; base: string }> {
  const child = fork(fileURLToPath(new URL('./load-server.ts', import.meta.url)), [], { env, execArgv: ['--import', 'tsx'] });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve({ child, base: `http://127.0.0.1:${(m as { port: number }).port}` }));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

const ms = (v: number) => v.toFixed(1).padStart(7);
function print(p: Phase): void {
  const done = p.submitMs.length;
  console.log(
    `${String(p.concurrency).padStart(4)} concurrent | ${(p.requests / (p.wallMs / 1000)).toFixed(0).padStart(5)} req/s | ` +
      `chat p50/p95/p99 ${ms(percentile(p.chatMs, 50))}${ms(percentile(p.chatMs, 95))}${ms(percentile(p.chatMs, 99))} ms | ` +
      `submit p50/p95/p99 ${ms(percentile(p.submitMs, 50))}${ms(percentile(p.submitMs, 95))}${ms(percentile(p.submitMs, 99))} ms (${done}) | ` +
      `errors ${JSON.stringify(Object.fromEntries(p.errors))} | dropped on purpose ${p.dropped} | incomplete ${p.incomplete} | ${(p.wallMs / 1000).toFixed(1)} s`,
  );
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  const scratch = `shuoshi_load_${process.pid}`;
  const dataDir = url ? null : mkdtempSync(join(tmpdir(), 'shuoshi-load-'));
  if (url) {
    const admin = await openPostgres(adminUrl(url), { max: 1 });
    const { rows } = await admin.query('select 1 from pg_database where datname = $1', [TEMPLATE_DB]);
    // The test template already holds the ingested corpus; it is busy while a test run copies it.
    await admin.exec(`create database ${scratch}${rows.length ? ` template ${TEMPLATE_DB}` : ''}`).catch(() => admin.exec(`create database ${scratch}`));
    await admin.close();
  }
  const dbUrl = url ? withDatabase(url, scratch) : undefined;
  if (dbUrl) {
    const db = await openPostgres(dbUrl, { max: 1 });
    await db.exec('create extension if not exists vector');
    await db.close();
  }
  const env = {
    ...process.env, LOG_SILENT: '1', TRUST_PROXY: '1', LLM_BASE_URL: '', LLM_MODEL: '',
    ...(dbUrl ? { DATABASE_URL: dbUrl, DATA_KEY: randomBytes(32).toString('hex') } : { DATA_DIR: dataDir as string }),
  };
  const accepted: Accepted[] = [];
  let child: ChildProcess | null = null;
  try {
    const server = await startServer(env);
    child = server.child;
    console.log(`bench:load on ${dbUrl ? 'PostgreSQL' : 'PGlite'} (${ROUNDS} citizens per concurrent slot, think time ${THINK_MS} ms ±50%, ≤ ${PHASE_DEADLINE_MS / 1000} s per level)`);
    await runPhase(server.base, 10, 40, 0, accepted); // warm-up, not reported
    let offset = 1000;
    for (const level of LEVELS) {
      print(await runPhase(server.base, level, level * ROUNDS, offset, accepted));
      offset += level * ROUNDS;
    }
    const exited = new Promise((resolve) => child?.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    child = null;
    const db = dbUrl ? await openPostgres(dbUrl, { max: 1 }) : await openPglite(join(dataDir as string, 'pglite'));
    const result = await reconcile(db, `load-${RUN}-%`, accepted);
    await db.close();
    console.log(
      `reconciliation: ${result.acceptedKeys} accepted submits, ${result.rows} petitions in the database, ` +
        `lost ${result.lost}, duplicated ${result.duplicated}, without submit event ${result.withoutEvent}, unacknowledged ${result.unacknowledged}`,
    );
    if (result.lost || result.duplicated || result.withoutEvent) process.exitCode = 1;
  } finally {
    child?.kill('SIGKILL');
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    if (url) {
      const admin = await openPostgres(adminUrl(url), { max: 1 });
      await admin.exec(`drop database if exists ${scratch} with (force)`);
      await admin.close();
    }
  }
}

await main();
