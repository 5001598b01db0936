import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export class CorpusError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
  }
}

export const FrontMatter = z.object({
  title: z.string().min(1),
  issuer: z.string().optional(),
  promulgated: z.string().optional(),
  effective: z.string().optional(),
  status: z.string().min(1),
  source: z.string().min(1),
});
export type FrontMatter = z.infer<typeof FrontMatter>;

export interface CorpusDocument {
  id: string;
  file: string;
  meta: FrontMatter & Record<string, string>;
  /** Body lines after the front matter, with their 1-based line numbers in the file. */
  body: { text: string; line: number }[];
  hash: string;
}

const CURRENT_STATUSES = ['现行有效', '政策指导'];

/**
 * The name people cite a text by: 《中华人民共和国行政复议法（2023年修订）》 → 行政复议法,
 * 《中华人民共和国民法典·第一编 总则》 → 民法典. Versions stay visible through status and the full title.
 */
export function shortTitle(title: string): string {
  const short = title
    .replace(/^中华人民共和国/, '')
    .replace(/（[^）]*）$/, '')
    .replace(/·.*$/, '')
    .trim();
  return short || title;
}

/** Superseded or revised texts are served only when asked for. */
export const isCurrentStatus = (status: string) => CURRENT_STATUSES.some((s) => status.startsWith(s));

/** Parses `key: value` / `key: "value"` lines; anything else is an error naming file and line. */
function parseFrontMatter(file: string, lines: string[]): { meta: Record<string, string>; end: number } {
  if (lines[0]?.trim() !== '---') throw new CorpusError(file, 1, 'front matter must start with ---');
  const meta: Record<string, string> = {};
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '---') return { meta, end: i + 1 };
    if (line.trim() === '') continue;
    const m = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
    if (!m) throw new CorpusError(file, i + 1, `malformed front-matter line: ${line.slice(0, 60)}`);
    const raw = (m[2] ?? '').trim();
    meta[m[1] as string] = raw.startsWith('"') ? JSON.parse(raw.endsWith('"') ? raw : `${raw}"`) : raw;
  }
  throw new CorpusError(file, lines.length, 'front matter is not closed with ---');
}

export function parseCorpusFile(file: string, content: string): CorpusDocument {
  const lines = content.replace(/\r\n?/g, '\n').split('\n');
  let parsed: { meta: Record<string, string>; end: number };
  try {
    parsed = parseFrontMatter(file, lines);
  } catch (err) {
    if (err instanceof CorpusError) throw err;
    throw new CorpusError(file, 1, `front matter could not be read: ${(err as Error).message}`);
  }
  const checked = FrontMatter.safeParse(parsed.meta);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new CorpusError(file, 1, `front matter field ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const body = lines.slice(parsed.end).map((text, i) => ({ text, line: parsed.end + i + 1 }));
  return {
    id: file.replace(/\.md$/, ''),
    file,
    meta: { ...parsed.meta, ...checked.data },
    body,
    hash: createHash('sha256').update(content).digest('hex'),
  };
}

/** Every markdown file of knowledge/corpus, in name order. */
export function readCorpus(knowledgeDir: string): CorpusDocument[] {
  const dir = join(knowledgeDir, 'corpus');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => parseCorpusFile(f, readFileSync(join(dir, f), 'utf8')));
}
