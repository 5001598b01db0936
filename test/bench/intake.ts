import { fork } from 'node:child_process';
import { Agent, request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { serve } from '@hono/node-server';
import { createApp } from '../../server/src/app.js';
import { systemClock } from '../../server/src/clock.js';
import { loadConfig } from '../../server/src/config.js';
import type { ChatResponse } from '../../server/src/intake/index.js';
import { openRuntime } from '../../server/src/runtime.js';
import { percentile, readJsonlArg } from './args.js';

/**
 * `npm run bench:intake [-- --file personas.jsonl] [-- --show] [-- --no-load]`: drives POST /api/chat over loopback as the scripted
 * citizen of ../shared/eval/README.md, scores the final drafts, then runs a bounded load test
 * (50 concurrent sessions, fixed number of sessions, after an equal warm-up run; saturated and paced) and prints turn latency. The load client runs in
 * a child process so its own HTTP work is not counted as server latency.
 */
interface Persona {
  id: string;
  opening: string;
  answers: Record<string, string>;
  expect: Record<string, unknown>;
}

const MAX_TURNS = 12;
/** `--show`: print the conversation and final draft of every persona with a missed field. */
const SHOW = process.argv.includes('--show');
const TARGETS = { medianQuestions: 4, fieldAccuracy: 0.95, p95ms: 50 };
// Long enough that JIT warm-up does not dominate the tail; still a fixed count that stops by itself.
const LOAD = { concurrency: 50, sessions: 800 };

interface Run {
  responses: ChatResponse[];
  questions: number;
  questionsBeforeHotline: number | null;
  latencies: number[];
}

// node:http with keep-alive: a much lighter client than fetch, so the load run measures the server.
const agent = new Agent({ keepAlive: true, maxSockets: LOAD.concurrency });

function postJson(base: string, path: string, payload: unknown): Promise<{ status: number; body: string }> {
  const url = new URL(path, base);
  const data = JSON.stringify(payload);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

async function drive(base: string, persona: Persona, pause: () => Promise<void> = async () => {}): Promise<Run> {
  const run: Run = { responses: [], questions: 0, questionsBeforeHotline: null, latencies: [] };
  let sessionId: string | undefined;
  let text = persona.opening;
  for (let turn = 0; turn < MAX_TURNS; turn++) {
    const started = performance.now();
    const res = await postJson(base, '/api/chat', sessionId ? { sessionId, text } : { text });
    run.latencies.push(performance.now() - started);
    if (res.status !== 200) throw new Error(`${persona.id}: HTTP ${res.status} ${res.body}`);
    const body = JSON.parse(res.body) as ChatResponse;
    run.responses.push(body);
    sessionId = body.sessionId;
    if (body.emergency) {
      run.questionsBeforeHotline ??= run.questions;
      break;
    }
    if (body.awaiting === null) break;
    run.questions++;
    text = persona.answers[body.awaiting] ?? '不知道';
    await pause();
  }
  return run;
}

/** One check per expected field; true when the final state meets it. */
function score(persona: Persona, run: Run): Record<string, boolean> {
  const last = run.responses.at(-1);
  const draft = last?.draft ?? null;
  const e = persona.expect;
  const checks: Record<string, boolean> = {};
  const asList = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);
  for (const key of Object.keys(e)) {
    const want = e[key];
    switch (key) {
      case 'name': case 'phone': case 'division': case 'kind': case 'people': case 'anonymous':
        checks[key] = draft?.[key] === want;
        break;
      case 'routes':
        checks[key] = !!draft && asList(want).includes(draft.route);
        break;
      case 'topic':
        checks[key] = !!draft && asList(want).includes(draft.topic);
        break;
      case 'amount_min':
        checks[key] = (draft?.amount ?? -1) >= (want as number);
        break;
      case 'previous':
        checks[key] = !!draft && draft.previous.length > 0 === want;
        break;
      case 'agent':
        checks[key] = (draft?.agent != null) === want;
        break;
      case 'emergency':
        checks[key] = run.responses.some((r) => r.emergency !== null) === want;
        break;
      case 'max_questions_before_hotline':
        checks[key] = run.questionsBeforeHotline !== null && run.questionsBeforeHotline <= (want as number);
        break;
      case 'phone_rejected': {
        // The invalid number never becomes the phone, and after it was said the bot asked again or flagged it.
        const said = citizenMessages(persona, run);
        const invalidAt = said.findIndex((text, i) => invalidPhoneIn(text, i > 0 && run.responses[i - 1]?.awaiting === 'phone'));
        const askedAgain = invalidAt >= 0 && run.responses.slice(invalidAt).some((r) => r.awaiting === 'phone');
        const valid = draft?.phone == null || /^1[3-9]\d{9}$/.test(draft.phone);
        checks[key] = valid && (askedAgain || (draft?.notes ?? []).length > 0);
        break;
      }
      case 'mode':
        checks[key] = last?.mode === want;
        break;
      case 'citations_any':
        checks[key] = run.responses.some((r) => r.citations.some((c) => asList(want).some((w) => c.doc.includes(w))));
        break;
      default:
        checks[key] = false;
    }
  }
  return checks;
}

/** What the citizen said before each response: the opening, then the answer to the slot the bot asked for. */
function citizenMessages(persona: Persona, run: Run): string[] {
  return run.responses.map((_, i) => {
    const asked = i === 0 ? null : run.responses[i - 1]?.awaiting;
    return i === 0 ? persona.opening : asked ? (persona.answers[asked] ?? '不知道') : '';
  });
}

/** A number meant as a phone that is not a valid mainland mobile: any run of 7+ digits, or any digits given as the phone answer. */
function invalidPhoneIn(text: string, answeringPhone: boolean): boolean {
  const runs = text.replace(/[\s-]/g, '').match(/\d+/g) ?? [];
  return runs.some((digits) => (answeringPhone || digits.length >= 7) && !/^1[3-9]\d{9}$/.test(digits));
}

function showRun(persona: Persona, run: Run): void {
  const said = citizenMessages(persona, run);
  for (const [i, r] of run.responses.entries()) {
    console.log(`    citizen: ${said[i]}\n    bot (${r.awaiting ?? '-'}): ${r.reply.replace(/\n/g, ' ')}`);
  }
  console.log(`    draft: ${JSON.stringify(run.responses.at(-1)?.draft)}\n    expect: ${JSON.stringify(persona.expect)}`);
}

/**
 * Paced: each citizen takes 100–300 ms between a reply and their next message (tapping a quick-reply
 * chip; real typing is slower), so 50 sessions are 50 people talking. Saturated: no pause at all, which
 * measures how many turns one process can take rather than what a person waits.
 */
async function load(base: string, personas: Persona[], paced: boolean): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  let seed = 20261123;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pause = () => new Promise<void>((resolve) => setTimeout(resolve, paced ? 100 + 200 * random() : 0));
  const worker = async () => {
    while (next < LOAD.sessions) {
      const persona = personas[next++ % personas.length] as Persona;
      latencies.push(...(await drive(base, persona, paced ? pause : undefined)).latencies);
    }
  };
  await Promise.all(Array.from({ length: LOAD.concurrency }, worker));
  return latencies;
}

function loadInChild(base: string, personas: Persona[], paced: boolean): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--load-client'], { execArgv: ['--import', 'tsx'] });
    child.once('message', (latencies) => {
      resolve(latencies as number[]);
      child.kill();
    });
    child.once('error', reject);
    child.send({ base, personas, paced });
  });
}

async function main(): Promise<void> {
  const { path, rows } = readJsonlArg<Persona>('../shared/eval/intake-dev.jsonl');
  const dataDir = process.env.DATABASE_URL ? undefined : mkdtempSync(join(tmpdir(), 'shuoshi-bench-intake-'));
  // All sessions come from one loopback address: the per-address limit would throttle the load run.
  const env = { ...process.env, LLM_BASE_URL: '', LLM_MODEL: '', RATE_LIMIT_IP_PER_MINUTE: '0', ...(dataDir ? { DATA_DIR: dataDir } : {}) };
  const runtime = await openRuntime(loadConfig(env), { clock: systemClock });
  const app = createApp(runtime.deps);
  // Time inside the server (routing the request to the response), to tell server cost from client and queueing.
  const handling: number[] = [];
  const timedFetch: typeof app.fetch = async (request, ...rest) => {
    const started = performance.now();
    const response = await app.fetch(request, ...rest);
    handling.push(performance.now() - started);
    return response;
  };
  const server = serve({ fetch: timedFetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    console.log(`intake benchmark on ${path} (${rows.length} personas, ${runtime.deps.db.kind}, offline)`);
    const questions: number[] = [];
    const misses = new Map<string, string[]>();
    let ok = 0;
    let total = 0;
    const hotline = { expected: 0, first: 0 };
    for (const persona of rows) {
      const run = await drive(base, persona);
      const checks = score(persona, run);
      const failed = Object.entries(checks).filter(([, pass]) => !pass).map(([k]) => k);
      for (const field of failed) misses.set(field, [...(misses.get(field) ?? []), persona.id]);
      ok += Object.keys(checks).length - failed.length;
      total += Object.keys(checks).length;
      questions.push(run.questions);
      if (persona.expect.emergency === true) {
        hotline.expected++;
        if (run.questionsBeforeHotline === 0) hotline.first++;
      }
      const end = run.responses.at(-1);
      const how = end?.emergency ? 'hotline' : end?.mode === 'ask' ? 'answered' : end?.awaiting === null ? 'draft' : 'turn limit';
      console.log(`${persona.id.padEnd(8)} questions ${String(run.questions).padStart(2)}  ${how.padEnd(10)} fields ${Object.keys(checks).length - failed.length}/${Object.keys(checks).length}${failed.length ? `  missed: ${failed.join(', ')}` : ''}`);
      if (SHOW && failed.length) showRun(persona, run);
    }
    const median = percentile(questions, 50);
    const accuracy = total ? ok / total : 1;
    console.log(`\nmedian bot questions ${median} (target ≤ ${TARGETS.medianQuestions})`);
    console.log(`field accuracy ${accuracy.toFixed(3)} = ${ok}/${total} (target ≥ ${TARGETS.fieldAccuracy})`);
    console.log(`emergency personas given the hotline before any question: ${hotline.first}/${hotline.expected}`);
    console.log(`per-field misses: ${misses.size ? [...misses].map(([f, ids]) => `${f} [${ids.join(' ')}]`).join('; ') : 'none'}`);

    if (process.argv.includes('--no-load')) {
      if (accuracy < TARGETS.fieldAccuracy || median > TARGETS.medianQuestions) process.exitCode = 1;
      return;
    }
    await loadInChild(base, rows, false); // warm-up
    let p95 = Number.NaN;
    for (const paced of [false, true]) {
      const started = performance.now();
      handling.length = 0;
      const cpuBefore = process.cpuUsage();
      const latencies = await loadInChild(base, rows, paced);
      const cpu = process.cpuUsage(cpuBefore);
      const label = paced ? 'paced (100–300 ms between a reply and the next message)' : 'saturated (no pause: capacity, not waiting time)';
      console.log(`\nload, ${label}: ${LOAD.sessions} sessions, ${LOAD.concurrency} concurrent, ${latencies.length} turns in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      console.log(`turn latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms${paced ? ` (target p95 ≤ ${TARGETS.p95ms} ms)` : ''}`);
      // Other processes on a shared machine inflate latency; server CPU per turn does not depend on them.
      console.log(`in-server handling p50 ${percentile(handling, 50).toFixed(1)} ms, p95 ${percentile(handling, 95).toFixed(1)} ms`);
      console.log(`server CPU per turn ${((cpu.user + cpu.system) / 1000 / latencies.length).toFixed(2)} ms; load average ${loadavg()[0]?.toFixed(1)}`);
      if (paced) p95 = percentile(latencies, 95);
    }
    const failed = [
      median > TARGETS.medianQuestions && 'median questions',
      accuracy < TARGETS.fieldAccuracy && 'field accuracy',
      hotline.first < hotline.expected && 'hotline first',
      p95 > TARGETS.p95ms && 'turn p95',
    ].filter(Boolean);
    console.log(failed.length ? `intake bars NOT met: ${failed.join(', ')}` : 'all intake bars met');
    if (failed.length) process.exitCode = 1;
  } finally {
    server.close();
    await runtime.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv.includes('--load-client')) {
  process.once('message', (msg) => {
    const { base, personas, paced } = msg as { base: string; personas: Persona[]; paced: boolean };
    load(base, personas, paced).then((latencies) => process.send?.(latencies));
  });
} else {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
