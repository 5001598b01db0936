import { createInterface } from 'node:readline';
import { systemClock } from '../clock.js';
import { loadConfig } from '../config.js';
import { openRuntime, type Runtime } from '../runtime.js';
import { contractLine, createRouter, type Router } from '../routing/index.js';

/**
 * `npm run -s route -- --jsonl`: reads `{id, text}` lines on stdin and writes one contract line per input
 * (shape in routing/contract.ts). Only these lines go to stdout; progress and errors go to stderr.
 * Citations are checked against the knowledge base; `--no-knowledge` (or a knowledge base that cannot be
 * opened) keeps the rules' own legal bases instead.
 */
const stderr = (line: string) => process.stderr.write(`${line}\n`);

/** The runtime's router (citations checked in the knowledge base), or a router without one. */
async function openRouter(): Promise<{ router: Router; runtime: Runtime | null }> {
  const bare = () => createRouter({ knowledge: null, clock: systemClock, jurisdiction: process.env.JURISDICTION || undefined });
  if (process.argv.includes('--no-knowledge')) return { router: bare(), runtime: null };
  try {
    const runtime = await openRuntime(loadConfig(), { clock: systemClock, log: stderr });
    return { router: runtime.deps.router, runtime };
  } catch (err) {
    stderr(`route: knowledge base unavailable, citing the rules' legal bases unchecked (${err instanceof Error ? err.message : String(err)})`);
    return { router: bare(), runtime: null };
  }
}

async function main(): Promise<void> {
  if (!process.argv.includes('--jsonl')) {
    stderr('usage: npm run -s route -- --jsonl [--no-knowledge] < cases.jsonl');
    process.exit(2);
  }
  // Keep stdout for the contract lines: the shared logger writes info lines to stdout.
  process.env.LOG_SILENT = '1';
  const { router, runtime } = await openRouter();
  try {
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
      if (!line.trim()) continue;
      let input: { id?: unknown; text?: unknown };
      try {
        input = JSON.parse(line) as { id?: unknown; text?: unknown };
      } catch {
        stderr(`route: skipping a line that is not JSON: ${line.slice(0, 40)}`);
        process.stdout.write(`${JSON.stringify({ id: null, error: 'invalid_json' })}\n`);
        continue;
      }
      const text = typeof input.text === 'string' ? input.text : '';
      const result = await router.route(text);
      process.stdout.write(`${JSON.stringify(contractLine(input.id ?? null, result))}\n`);
    }
  } finally {
    await runtime?.close();
  }
}

main().catch((err: unknown) => {
  stderr(`route failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
