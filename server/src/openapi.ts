import { z } from '@hono/zod-openapi';
import { ErrorCodes } from './errors.js';

/** The one error envelope, as documented in the OpenAPI document. */
export const ErrorBody = z.object({
  error: z.object({ code: z.enum(Object.keys(ErrorCodes) as [keyof typeof ErrorCodes, ...(keyof typeof ErrorCodes)[]]), message: z.string() }),
});

/** An OpenAPI response entry for an error status. */
export const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } });
