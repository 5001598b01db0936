import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  path: string;
  body: { model?: string; messages?: { role: string; content: string }[]; input?: string[] | string };
}

/** What the fake answers to one request: a chat reply, a status error, or a delay past the timeout. */
export type FakeReply =
  | { content: string }
  | { status: number; body?: unknown }
  | { delayMs: number; content: string }
  | { embeddings: number[][] };

/**
 * A loopback server speaking the OpenAI chat-completions and embeddings protocol, scripted per test,
 * recording every request so tests can check what left the process.
 */
export async function startFakeOpenAi(reply: (req: RecordedRequest) => FakeReply): Promise<{
  baseURL: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}> {
  const requests: RecordedRequest[] = [];
  const readBody = async (req: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  };
  const server: Server = createServer(async (req, res) => {
    const recorded: RecordedRequest = { path: req.url ?? '', body: await readBody(req) };
    requests.push(recorded);
    const r = reply(recorded);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if ('status' in r) return send(r.status, r.body ?? { error: { message: 'scripted failure', type: 'server_error' } });
    if ('embeddings' in r) {
      return send(200, { object: 'list', model: recorded.body.model, data: r.embeddings.map((embedding, index) => ({ object: 'embedding', index, embedding })), usage: { prompt_tokens: 1, total_tokens: 1 } });
    }
    const completion = {
      id: 'chatcmpl-fake',
      object: 'chat.completion',
      created: 0,
      model: recorded.body.model ?? 'fake',
      choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: r.content } }],
      usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
    };
    if ('delayMs' in r) {
      const timer = setTimeout(() => send(200, completion), r.delayMs);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    send(200, completion);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
