/**
 * A stand-in for the `wx` global: in-memory storage, wx.request bridged to a route function (a scripted
 * server, or real HTTP to the 说事 server on loopback), and records of navigation, toasts and
 * subscribe prompts. Only the APIs the mini-program uses are provided.
 */
export interface WxRequest {
  method: string;
  url: string;
  data: unknown;
  header: Record<string, string>;
}

export type Route = (req: WxRequest) => Promise<{ status: number; body: unknown }>;

interface Callbacks<T> {
  success?(res: T): void;
  fail?(err: { errMsg: string }): void;
  complete?(res: unknown): void;
}

export interface FakeWx {
  wx: Record<string, unknown>;
  storage: Map<string, unknown>;
  requests: WxRequest[];
  navigations: string[];
  toasts: string[];
  subscribePrompts: string[][];
  offline: boolean;
  route: Route;
  /** Fires wx.onNetworkStatusChange listeners, as when the phone reconnects. */
  setOnline(online: boolean): void;
}

export function createFakeWx(route: Route, opts: { loginCode?: () => string } = {}): FakeWx {
  const storage = new Map<string, unknown>();
  const networkListeners: ((r: { isConnected: boolean }) => void)[] = [];
  const fake: FakeWx = {
    storage,
    requests: [],
    navigations: [],
    toasts: [],
    subscribePrompts: [],
    offline: false,
    route,
    setOnline(online) {
      fake.offline = !online;
      for (const l of networkListeners) l({ isConnected: online });
    },
    wx: {},
  };
  const clone = (v: unknown) => (v === undefined ? undefined : structuredClone(v));
  fake.wx = {
    getStorageSync: (key: string) => (storage.has(key) ? clone(storage.get(key)) : ''),
    setStorageSync: (key: string, value: unknown) => void storage.set(key, clone(value)),
    removeStorageSync: (key: string) => void storage.delete(key),
    request(o: WxRequest & Callbacks<{ statusCode: number; data: unknown; header: object }>) {
      const req = { method: o.method ?? 'GET', url: o.url, data: o.data, header: o.header ?? {} };
      fake.requests.push(req);
      if (fake.offline) {
        setTimeout(() => o.fail?.({ errMsg: 'request:fail timeout' }), 0);
        return;
      }
      fake
        .route(req)
        .then((r) => o.success?.({ statusCode: r.status, data: r.body, header: {} }))
        .catch(() => o.fail?.({ errMsg: 'request:fail' }));
    },
    login(o: Callbacks<{ code: string; errMsg: string }>) {
      setTimeout(() => o.success?.({ code: opts.loginCode?.() ?? 'dev-code', errMsg: 'login:ok' }), 0);
    },
    requestSubscribeMessage(o: { tmplIds: string[] } & Callbacks<Record<string, string>>) {
      fake.subscribePrompts.push(o.tmplIds);
      const result = Object.fromEntries(o.tmplIds.map((id) => [id, 'accept']));
      setTimeout(() => {
        o.success?.(result);
        o.complete?.(result);
      }, 0);
    },
    onNetworkStatusChange: (l: (r: { isConnected: boolean }) => void) => void networkListeners.push(l),
    navigateTo: (o: { url: string }) => void fake.navigations.push(o.url),
    redirectTo: (o: { url: string }) => void fake.navigations.push(o.url),
    navigateBack: () => undefined,
    showToast: (o: { title: string }) => void fake.toasts.push(o.title),
    stopPullDownRefresh: () => undefined,
  };
  return fake;
}

/** Routes wx.request to a real HTTP server (the 说事 server on a loopback port). */
export function httpRoute(): Route {
  return async (req) => {
    const hasBody = req.method !== 'GET' && req.data !== undefined;
    const res = await fetch(req.url, {
      method: req.method,
      headers: req.header,
      body: hasBody ? JSON.stringify(req.data) : undefined,
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
    return { status: res.status, body };
  };
}
