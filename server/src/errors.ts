import type { ContentfulStatusCode } from 'hono/utils/http-status';

export const ErrorCodes = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const satisfies Record<string, ContentfulStatusCode>;

export type ErrorCode = keyof typeof ErrorCodes;

/** An expected failure; `message` is shown to the client, so it is plain Chinese and free of personal data. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }

  get status(): ContentfulStatusCode {
    return ErrorCodes[this.code];
  }
}

export const errorBody = (code: ErrorCode, message: string) => ({ error: { code, message } });
