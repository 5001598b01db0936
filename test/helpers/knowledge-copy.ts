import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedClock } from '../../server/src/clock.js';
import { createRouter, type Router } from '../../server/src/routing/index.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../server/src/routing/knowledge-files.js';

/** A copy of the router's own knowledge with one file replaced by a hand-made one, every value known to the test. */
export function knowledgeWithFile(relativePath: string, contents: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'shuoshi-knowledge-'));
  for (const part of ['routing', 'channels', 'divisions']) cpSync(join(DEFAULT_KNOWLEDGE_DIR, part), join(dir, part), { recursive: true });
  writeFileSync(join(dir, relativePath), JSON.stringify(contents));
  return dir;
}

/** A router over such a copy, without knowledge search, at a fixed time. */
export const routerWithFile = (relativePath: string, contents: unknown): Router =>
  createRouter({ knowledge: null, clock: fixedClock('2025-06-01T08:00:00Z'), knowledgeDir: knowledgeWithFile(relativePath, contents) });
