import type { MiddlewareHandler } from 'hono';
import { errorBody } from '../errors.js';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/** A body sent to the JSON API in another format is refused with 415 before any parsing. */
export function requireJsonBody(): MiddlewareHandler {
  return async (c, next) => {
    const hasBody = c.req.raw.body !== null && c.req.header('content-length') !== '0';
    const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
    if (WRITE_METHODS.has(c.req.method) && hasBody && type !== 'application/json') {
      return c.json(errorBody('unsupported_media_type', '请以 JSON 格式提交（Content-Type: application/json）。'), 415);
    }
    await next();
  };
}

/** JSON answers are never sniffed as HTML, framed or cached by shared caches. */
export function apiHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('x-content-type-options', 'nosniff');
    c.header('x-frame-options', 'DENY');
    if (!c.res.headers.has('cache-control')) c.header('cache-control', 'no-store');
  };
}

const FORM_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data']);

/** Console forms: another content type is refused (415), an unreadable form body answers 400, not 500. */
export function requireReadableForm(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'POST') return next();
    const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
    if (!FORM_TYPES.has(type)) return c.text('请通过页面上的表单提交。', 415);
    try {
      await c.req.parseBody(); // cached for the handlers
    } catch {
      return c.text('表单内容无法读取，请刷新页面后重试。', 400);
    }
    await next();
  };
}
