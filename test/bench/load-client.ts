import { Agent, request } from 'node:http';

export interface HttpResult {
  status: number;
  body: string;
  ms: number;
}

/** node:http with keep-alive: a light client, so the run measures the server. */
export function createHttpClient(base: string, maxSockets: number) {
  const agent = new Agent({ keepAlive: true, maxSockets });
  const url = new URL(base);
  return {
    /** POST JSON; `abortAfterMs` drops the connection early, as a phone losing signal does (status 0). */
    post(path: string, payload: unknown, headers: Record<string, string>, abortAfterMs?: number): Promise<HttpResult> {
      const data = JSON.stringify(payload);
      const started = performance.now();
      return new Promise((resolve) => {
        const req = request(
          {
            host: url.hostname, port: url.port, path, method: 'POST', agent,
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), ...headers },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }));
            res.on('error', () => resolve({ status: 0, body: '', ms: performance.now() - started }));
          },
        );
        req.on('error', () => resolve({ status: 0, body: '', ms: performance.now() - started }));
        if (abortAfterMs !== undefined) setTimeout(() => req.destroy(), abortAfterMs);
        req.end(data);
      });
    },
    close: () => agent.destroy(),
  };
}
