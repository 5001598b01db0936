import type { AppDeps } from './app.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import { type Db, migrate, openDb } from './db/index.js';
import { createEmbedder, createKnowledge, type Embedder, ensureIngested } from './knowledge/index.js';
import { type ChatLlm, createLlm } from './llm/index.js';
import { createCitizenTokens } from './auth/index.js';
import { createIntake } from './intake/index.js';
import { createFieldCipher, loadDataKey } from './privacy/index.js';
import { createRouter } from './routing/index.js';
import { createRateLimiters } from './security/index.js';
import { createWechat } from './wechat/index.js';

export interface Runtime {
  deps: AppDeps;
  close(): Promise<void>;
}

/** Wires the modules together over an open, migrated and ingested database (tests use this too). */
export function assembleDeps(
  config: Config,
  parts: { db: Db; embedder: Embedder; llm: ChatLlm | null; clock: Clock; log?: (line: string) => void },
): AppDeps {
  const { db, embedder, llm, clock } = parts;
  const knowledge = createKnowledge({ db, embedder, llm, knowledgeDir: config.KNOWLEDGE_DIR });
  const dataKey = loadDataKey(config, parts.log);
  const router = createRouter({ knowledge, clock, jurisdiction: config.JURISDICTION, llm });
  const cipher = createFieldCipher(dataKey);
  const intake = createIntake({ db, router, knowledge, clock, cipher, llm });
  return {
    config,
    db,
    clock,
    knowledge,
    router,
    cipher,
    citizenTokens: createCitizenTokens(dataKey, clock),
    drafts: intake,
    intake,
    routeCase: (text) => router.route(text),
    divisionName: (code) => router.divisionName(code),
    wechat: createWechat(config, { db, clock }),
    rateLimiters: createRateLimiters(config),
  };
}

/**
 * Opens everything a process needs (server or CLI): database, migrations, knowledge index
 * (re-ingested only when the corpus or the embedder changed), and the optional LLM.
 */
export async function openRuntime(
  config: Config,
  options: { clock: Clock; log?: (line: string) => void },
): Promise<Runtime> {
  const db = await openDb(config);
  try {
    await migrate(db);
    const embedder = await createEmbedder(config);
    await ensureIngested(db, embedder, { dir: config.KNOWLEDGE_DIR, log: options.log });
    const deps = assembleDeps(config, { db, embedder, llm: createLlm(config), clock: options.clock, log: options.log });
    return {
      deps,
      close: async () => {
        await deps.wechat?.worker.stop();
        await db.close();
      },
    };
  } catch (err) {
    await db.close().catch(() => {});
    throw err;
  }
}
