import { type App, type AppDeps, createApp } from '../../server/src/app.js';
import { type Clock, fixedClock } from '../../server/src/clock.js';
import { type Config, loadConfig } from '../../server/src/config.js';
import { createLocalEmbedder } from '../../server/src/knowledge/index.js';
import type { ChatLlm } from '../../server/src/llm/index.js';
import { assembleDeps } from '../../server/src/runtime.js';
import { makeTestDb } from './db.js';

export const TEST_DATA_KEY = 'a'.repeat(64);

export interface TestAppOptions {
  env?: Record<string, string>;
  clock?: Clock;
  llm?: ChatLlm | null;
  overrides?: Partial<AppDeps>;
}

/** The real app over a fresh test database (PGlite or DATABASE_URL), with a fixed clock and key. */
export async function makeApp(options: TestAppOptions = {}): Promise<{ app: App; deps: AppDeps; config: Config }> {
  const config = loadConfig({ KNOWLEDGE_DIR: 'knowledge', DATA_KEY: TEST_DATA_KEY, ...options.env });
  const db = await makeTestDb();
  const deps = {
    ...assembleDeps(config, {
      db,
      embedder: createLocalEmbedder('knowledge'),
      llm: options.llm ?? null,
      clock: options.clock ?? fixedClock('2026-11-23T09:00:00+08:00'),
    }),
    ...options.overrides,
  };
  return { app: createApp(deps), deps, config };
}
