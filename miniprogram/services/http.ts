import type { ApiError } from '../lib/api-types';

/** Production API origin (must be listed under 服务器域名 in the mp admin); dev builds may override it in storage. */
const DEFAULT_API_BASE = 'https://shuoshi.example.cn';

export function apiBase(): string {
  const override: unknown = wx.getStorageSync('apiBase');
  return typeof override === 'string' && override ? override : DEFAULT_API_BASE;
}

function errorFrom(status: number, body: unknown): ApiError {
  const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
  return {
    kind: 'http',
    status,
    code: error?.code ?? 'http_error',
    message: error?.message ?? '服务暂时有问题，请稍后再试。',
  };
}

/** One JSON call to the 说事 server; rejects with an ApiError. */
export function rawRequest<T>(method: 'GET' | 'POST', path: string, data?: object, token?: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    wx.request({
      url: apiBase() + path,
      method,
      data,
      header: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      success(res) {
        if (res.statusCode >= 200 && res.statusCode < 300) resolve(res.data as T);
        else reject(errorFrom(res.statusCode, res.data));
      },
      fail() {
        const offline: ApiError = { kind: 'network', status: 0, code: 'network', message: '网络不太好，请稍后再试。' };
        reject(offline);
      },
    });
  });
}

export function isRetryable(err: ApiError): boolean {
  return err.kind === 'network' || err.status >= 500 || err.status === 429;
}

/** Multipart upload (voice, photos) to the 说事 server; resolves with the parsed JSON answer. */
export function upload<T>(path: string, filePath: string, name: string, formData: Record<string, string>, token?: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    wx.uploadFile({
      url: apiBase() + path,
      filePath,
      name,
      formData,
      header: token ? { authorization: `Bearer ${token}` } : {},
      success(res) {
        let body: unknown = null;
        try {
          body = JSON.parse(res.data);
        } catch {
          body = null;
        }
        if (res.statusCode >= 200 && res.statusCode < 300) resolve(body as T);
        else reject(errorFrom(res.statusCode, body));
      },
      fail() {
        const offline: ApiError = { kind: 'network', status: 0, code: 'network', message: '网络不太好，上传没成功。' };
        reject(offline);
      },
    });
  });
}
