import { readFileSync } from 'node:fs';

/** `--file PATH` or the default set; lines parsed as JSON. */
export function readJsonlArg<T>(defaultPath: string): { path: string; rows: T[] } {
  const i = process.argv.indexOf('--file');
  const path = i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : defaultPath;
  const rows = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
  return { path, rows };
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}
