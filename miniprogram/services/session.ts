import type { ClientConfig } from '../lib/api-types';
import { rawRequest } from './http';

const TOKEN_KEY = 'citizenToken';
const DEV_ID_KEY = 'devOpenid';
let config: Promise<ClientConfig> | null = null;

/** Server switches (WeChat login or dev login, subscribe templates, voice), fetched once per launch. */
export function clientConfig(): Promise<ClientConfig> {
  config ??= rawRequest<ClientConfig>('GET', '/api/wechat/config').catch((err) => {
    config = null;
    throw err;
  });
  return config;
}

export function currentToken(): string | undefined {
  const token: unknown = wx.getStorageSync(TOKEN_KEY);
  return typeof token === 'string' && token ? token : undefined;
}

function wxLoginCode(): Promise<string> {
  return new Promise((resolve, reject) => {
    wx.login({ success: (r) => resolve(r.code), fail: reject });
  });
}

/** A citizen token: wx.login + code2session on the server, or the dev login where WeChat is not configured. */
export async function ensureLogin(): Promise<string> {
  const existing = currentToken();
  if (existing) return existing;
  const cfg = await clientConfig();
  let token: string;
  if (cfg.wechatLogin) {
    token = (await rawRequest<{ token: string }>('POST', '/api/auth/wechat', { code: await wxLoginCode() })).token;
  } else {
    const saved: unknown = wx.getStorageSync(DEV_ID_KEY);
    const result = await rawRequest<{ token: string; openid: string }>(
      'POST',
      '/api/auth/dev',
      typeof saved === 'string' && saved ? { openid: saved } : {},
    );
    wx.setStorageSync(DEV_ID_KEY, result.openid);
    token = result.token;
  }
  wx.setStorageSync(TOKEN_KEY, token);
  return token;
}

export function forgetToken(): void {
  wx.removeStorageSync(TOKEN_KEY);
}
