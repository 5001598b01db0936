import type { Config } from '../config.js';
import { createOpenAiEmbedder } from '../llm/index.js';
import type { Embedder } from '../llm/index.js';
import { createLocalEmbedder } from './local-embedder.js';

/** EMBEDDINGS_* selects an OpenAI-compatible service; otherwise the offline local embedder. */
export function createEmbedder(config: Config): Promise<Embedder> | Embedder {
  if (config.EMBEDDINGS_BASE_URL && config.EMBEDDINGS_MODEL) {
    return createOpenAiEmbedder({ baseURL: config.EMBEDDINGS_BASE_URL, apiKey: config.EMBEDDINGS_API_KEY, model: config.EMBEDDINGS_MODEL });
  }
  return createLocalEmbedder(config.KNOWLEDGE_DIR);
}
