import { maskPersonalData } from './privacy/mask.js';

type Fields = Record<string, unknown>;

function render(fields: Fields): string {
  const plain = Object.fromEntries(
    Object.entries(fields).map(([k, v]) => [k, v instanceof Error ? `${v.name}: ${v.message}` : v]),
  );
  return maskPersonalData(JSON.stringify(plain));
}

function write(level: 'info' | 'warn' | 'error', message: string, fields: Fields = {}): void {
  if (process.env.LOG_SILENT === '1') return;
  const rendered = Object.keys(fields).length ? ` ${render(fields)}` : '';
  const line = `${new Date().toISOString()} ${level} ${maskPersonalData(message)}${rendered}`;
  // stderr for every level: the CLIs' stdout carries only their JSONL output.
  process.stderr.write(`${line}\n`);
}

/** Structured one-line logs; every line passes through personal-data masking. */
export const logger = {
  info: (message: string, fields?: Fields) => write('info', message, fields),
  warn: (message: string, fields?: Fields) => write('warn', message, fields),
  error: (message: string, fields?: Fields) => write('error', message, fields),
};
