import { afterEach, describe, expect, it } from 'vitest';
import { createOpenAiEmbedder } from '../../server/src/llm/index.js';
import { type FakeReply, type RecordedRequest, startFakeOpenAi } from '../fakes/openai-server.js';

let fake: Awaited<ReturnType<typeof startFakeOpenAi>> | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
});

const inputs = (req: RecordedRequest) => (Array.isArray(req.body.input) ? req.body.input : [req.body.input ?? '']);
const vectorsOf = (req: RecordedRequest, dims: number): FakeReply => ({
  embeddings: inputs(req).map((text) => Array.from({ length: dims }, (_, i) => (i === text.length % dims ? 3 : 0))),
});

describe('OpenAI-compatible embedder', () => {
  it('learns the dimension, batches requests and returns unit vectors in input order', async () => {
    fake = await startFakeOpenAi((req) => vectorsOf(req, 16));
    const embedder = await createOpenAiEmbedder({ baseURL: fake.baseURL, model: 'emb-1' });
    expect(embedder.dimensions).toBe(16);
    expect(embedder.id).toBe('openai:emb-1:16');
    const texts = Array.from({ length: 130 }, (_, i) => '字'.repeat(i + 1));
    const vectors = await embedder.embed(texts);
    expect(vectors).toHaveLength(130);
    expect(vectors[4]?.[5 % 16]).toBeCloseTo(1);
    const batches = fake.requests.slice(1).map((r) => inputs(r).length);
    expect(batches).toEqual([64, 64, 2]);
  });

  it('retries a failing request with backoff', async () => {
    let calls = 0;
    fake = await startFakeOpenAi((req) => (++calls === 2 ? { status: 503 } : vectorsOf(req, 8)));
    const embedder = await createOpenAiEmbedder({ baseURL: fake.baseURL, model: 'emb-1' });
    expect(await embedder.embed(['甲'])).toHaveLength(1);
    expect(calls).toBe(3);
  });

  it('refuses vectors whose dimension changes mid-run', async () => {
    let calls = 0;
    fake = await startFakeOpenAi((req) => vectorsOf(req, ++calls === 1 ? 8 : 12));
    const embedder = await createOpenAiEmbedder({ baseURL: fake.baseURL, model: 'emb-1' });
    await expect(embedder.embed(['甲'])).rejects.toThrow('dimension changed from 8 to 12');
  });

  it('refuses a dimension pgvector cannot index', async () => {
    fake = await startFakeOpenAi((req) => vectorsOf(req, 4));
    await expect(createOpenAiEmbedder({ baseURL: fake.baseURL, model: 'emb-1' })).rejects.toThrow('unusable dimension 4');
  });
});
