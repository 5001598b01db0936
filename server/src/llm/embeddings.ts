import OpenAI from 'openai';
import { type Embedder, l2normalize } from './embedder.js';

const BATCH = 64;

/**
 * OpenAI-compatible embeddings (EMBEDDINGS_*): batched, retried with backoff by the SDK, and checked
 * for a consistent dimension. The first call learns the dimension; the id names the model so a
 * model change re-embeds the corpus.
 */
export async function createOpenAiEmbedder(options: {
  baseURL: string;
  apiKey?: string;
  model: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}): Promise<Embedder> {
  const client = new OpenAI({
    baseURL: options.baseURL,
    apiKey: options.apiKey ?? 'none',
    timeout: options.timeoutMs ?? 30_000,
    maxRetries: 4,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const embedBatch = async (texts: string[]): Promise<number[][]> => {
    // float, not the SDK's default base64: several compatible services only speak float.
    const res = await client.embeddings.create({ model: options.model, input: texts, encoding_format: 'float' });
    const rows = [...res.data].sort((a, b) => a.index - b.index).map((d) => d.embedding);
    if (rows.length !== texts.length) throw new Error(`embeddings: asked for ${texts.length}, got ${rows.length}`);
    return rows;
  };
  const probe = await embedBatch(['维度检查']);
  const dimensions = probe[0]?.length ?? 0;
  if (dimensions < 8 || dimensions > 2000) throw new Error(`embeddings: unusable dimension ${dimensions}`);
  return {
    id: `openai:${options.model}:${dimensions}`,
    dimensions,
    async embed(texts) {
      const out: number[][] = [];
      for (let i = 0; i < texts.length; i += BATCH) {
        for (const row of await embedBatch(texts.slice(i, i + BATCH))) {
          if (row.length !== dimensions) {
            throw new Error(`embeddings: dimension changed from ${dimensions} to ${row.length}; re-ingest needed`);
          }
          out.push(l2normalize(row));
        }
      }
      return out;
    },
  };
}
