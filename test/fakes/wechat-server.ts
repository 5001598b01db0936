import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A fake api.weixin.qq.com on loopback speaking the real protocol (paths, query/JSON bodies, errcode
 * envelopes with HTTP 200) for code2session, stable_token, msg_sec_check v2 and subscribe/send.
 */
export interface SentSubscribeMessage {
  touser: string;
  template_id: string;
  page?: string;
  miniprogram_state?: string;
  data: Record<string, { value: string }>;
}

type Failure = 'http500' | 'busy' | 'drop';

export interface FakeWechatServer {
  url: string;
  /** What wx.login() would hand the mini-program for this user. */
  issueCode(openid: string): string;
  /** Makes msg_sec_check answer `suggest` for content containing `needle`. */
  flagContent(needle: string, suggest: 'review' | 'risky', label: number): void;
  /** The next `count` requests (any path) fail this way. */
  failNext(count: number, failure: Failure): void;
  /** Every issued access token stops working (as after expiry or a force refresh elsewhere). */
  expireTokens(): void;
  allowTemplate(templateId: string): void;
  sent: SentSubscribeMessage[];
  calls: Record<string, number>;
  close(): Promise<void>;
}

const FIELD_RULES: [RegExp, (v: string) => boolean][] = [
  [/^thing\d+$/, (v) => Array.from(v).length <= 20 && v.length > 0],
  [/^phrase\d+$/, (v) => /^[\u4e00-\u9fff]{1,5}$/.test(v)],
  [/^character_string\d+$/, (v) => /^[\x21-\x7e]{1,32}$/.test(v)],
  [/^time\d+$/, (v) => /^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/.test(v)],
];

export async function startFakeWechatServer(opts: { appId: string; appSecret: string }): Promise<FakeWechatServer> {
  const codes = new Map<string, string>();
  const usedCodes = new Set<string>();
  const knownOpenids = new Set<string>();
  const validTokens = new Set<string>();
  const templates = new Set<string>();
  const flags: { needle: string; suggest: string; label: number }[] = [];
  const failures: Failure[] = [];
  let currentToken: string | undefined;
  let tokenSeq = 0;
  let codeSeq = 0;
  const sent: SentSubscribeMessage[] = [];
  const calls: Record<string, number> = {};

  const newToken = () => {
    currentToken = `ACCESS_TOKEN_${++tokenSeq}_${'x'.repeat(32)}`;
    validTokens.add(currentToken);
    return currentToken;
  };

  function handle(path: string, query: URLSearchParams, body: Record<string, unknown>, method: string): object {
    if (path === '/sns/jscode2session') {
      if (query.get('appid') !== opts.appId) return { errcode: 40013, errmsg: 'invalid appid' };
      if (query.get('secret') !== opts.appSecret) return { errcode: 40125, errmsg: 'invalid appsecret' };
      const code = query.get('js_code') ?? '';
      if (usedCodes.has(code)) return { errcode: 40163, errmsg: 'code been used' };
      const openid = codes.get(code);
      if (!openid) return { errcode: 40029, errmsg: 'invalid code' };
      usedCodes.add(code);
      knownOpenids.add(openid);
      return { openid, session_key: 'c2Vzc2lvbl9rZXk=' };
    }
    if (path === '/cgi-bin/stable_token') {
      if (method !== 'POST') return { errcode: 43002, errmsg: 'require POST method' };
      if (body.appid !== opts.appId) return { errcode: 40013, errmsg: 'invalid appid' };
      if (body.secret !== opts.appSecret) return { errcode: 40125, errmsg: 'invalid appsecret' };
      const token = body.force_refresh === true || !currentToken || !validTokens.has(currentToken) ? newToken() : currentToken;
      return { access_token: token, expires_in: 7200 };
    }
    const token = query.get('access_token') ?? '';
    if (!validTokens.has(token)) return { errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' };
    if (method !== 'POST') return { errcode: 43002, errmsg: 'require POST method' };
    if (path === '/wxa/msg_sec_check') {
      if (body.version !== 2) return { errcode: 47001, errmsg: 'data format error' };
      if (![1, 2, 3, 4].includes(body.scene as number)) return { errcode: 40129, errmsg: 'invalid scene' };
      if (!knownOpenids.has(String(body.openid))) return { errcode: 40003, errmsg: 'invalid openid' };
      const content = String(body.content ?? '');
      if (!content) return { errcode: 44002, errmsg: 'empty post data' };
      if (Array.from(content).length > 2500) return { errcode: 47001, errmsg: 'content too long' };
      const hit = flags.find((f) => content.includes(f.needle));
      const result = hit ? { suggest: hit.suggest, label: hit.label } : { suggest: 'pass', label: 100 };
      return { errcode: 0, errmsg: 'ok', trace_id: `trace-${Date.now()}`, result, detail: [] };
    }
    if (path === '/cgi-bin/message/subscribe/send') {
      if (!knownOpenids.has(String(body.touser))) return { errcode: 40003, errmsg: 'invalid openid' };
      if (!templates.has(String(body.template_id))) return { errcode: 40037, errmsg: 'invalid template_id' };
      const data = (body.data ?? {}) as Record<string, { value?: unknown }>;
      for (const [key, field] of Object.entries(data)) {
        const rule = FIELD_RULES.find(([re]) => re.test(key));
        if (rule && !rule[1](String(field?.value ?? ''))) return { errcode: 47003, errmsg: `argument invalid! data.${key}.value invalid` };
      }
      sent.push(body as unknown as SentSubscribeMessage);
      return { errcode: 0, errmsg: 'ok' };
    }
    return { errcode: 40066, errmsg: 'invalid url' };
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      calls[url.pathname] = (calls[url.pathname] ?? 0) + 1;
      const failure = failures.shift();
      if (failure === 'drop') return void req.socket.destroy();
      if (failure === 'http500') return void res.writeHead(502).end('bad gateway');
      let body: Record<string, unknown> = {};
      try {
        body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
      } catch {
        body = {};
      }
      const answer = failure === 'busy' ? { errcode: -1, errmsg: 'system error' } : handle(url.pathname, url.searchParams, body, req.method ?? 'GET');
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    issueCode(openid) {
      const code = `code-${++codeSeq}-${openid.length}`;
      codes.set(code, openid);
      return code;
    },
    flagContent: (needle, suggest, label) => void flags.push({ needle, suggest, label }),
    failNext: (count, failure) => void failures.push(...Array<Failure>(count).fill(failure)),
    expireTokens: () => validTokens.clear(),
    allowTemplate: (id) => void templates.add(id),
    sent,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
