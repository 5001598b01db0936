import type { AppDeps } from './app.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import { migrate, openDb } from './db/index.js';
import { createKnowledge, createEmbedder, ensureIngested } from './knowledge/index.js';
import { createLlm } from './llm/index.js';
import { createCitizenTokens } from './auth/index.js';
import type { DraftSource } from './petitions/index.js';
import { createFieldCipher, loadDataKey } from './privacy/index.js';
import { createRouter } from './routing/index.js';

// Until intake exports getSessionDraft, no chat session can be submitted.
const noDrafts: DraftSource = { getSessionDraft: async () => null };

export interface Runtime {
  deps: AppDeps;
  close(): Promise<void>;
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
    const llm = createLlm(config);
    const knowledge = createKnowledge({ db, embedder, llm, knowledgeDir: config.KNOWLEDGE_DIR });
    const dataKey = loadDataKey(config, options.log);
    const router = createRouter({ knowledge, clock: options.clock, jurisdiction: config.JURISDICTION });
    return {
      deps: {
        config,
        db,
        clock: options.clock,
        knowledge,
        router,
        cipher: createFieldCipher(dataKey),
        citizenTokens: createCitizenTokens(dataKey, options.clock),
        drafts: noDrafts,
        routeCase: (text) => router.route(text),
        divisionName: (code) => router.divisionName(code),
      },
      close: () => db.close(),
    };
  } catch (err) {
    await db.close().catch(() => {});
    throw err;
  }
}
