import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';

/** The repository's knowledge/ folder, found from this file so CLIs work from any working directory. */
export const DEFAULT_KNOWLEDGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../knowledge');

/** Reads and validates one JSON data file; a bad file fails loudly at load with its path. */
export function loadJson<T extends z.ZodType>(knowledgeDir: string, relativePath: string, schema: T): z.infer<T> {
  const path = join(knowledgeDir, relativePath);
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`${path}: ${first?.path.join('.') ?? ''} ${first?.message ?? 'invalid'}`);
  }
  return parsed.data;
}
