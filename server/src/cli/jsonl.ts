import { createInterface } from 'node:readline';

/**
 * Reads JSONL from stdin and writes one JSON line per input line, in order. A line that cannot be
 * parsed or handled yields `{id, error}` instead of stopping the run.
 */
export async function mapJsonl(handle: (row: Record<string, unknown>) => Promise<Record<string, unknown>>): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(line) as Record<string, unknown>;
    } catch {
      process.stdout.write(`${JSON.stringify({ id: null, error: 'invalid JSON line' })}\n`);
      continue;
    }
    try {
      process.stdout.write(`${JSON.stringify(await handle(row))}\n`);
    } catch (err) {
      process.stdout.write(`${JSON.stringify({ id: row.id ?? null, error: err instanceof Error ? err.message : String(err) })}\n`);
    }
  }
}
