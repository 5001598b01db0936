import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const optionalUrl = (name: string) =>
  optionalText.refine((v) => v === undefined || /^https?:\/\/\S+$/.test(v), {
    message: `${name} must be an http(s) URL, e.g. https://api.example.com/v1`,
  });

/** Every setting the server reads, in one place (names from DESIGN.md). */
export const ConfigSchema = z
  .object({
    PORT: z.coerce
      .number({ message: 'PORT must be a number' })
      .int('PORT must be an integer')
      .min(1, 'PORT must be 1–65535')
      .max(65535, 'PORT must be 1–65535')
      .default(8787),
    DATA_DIR: z.string().trim().min(1).default('./data'),
    DATABASE_URL: optionalText.refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
      message: 'DATABASE_URL must start with postgres:// or postgresql://',
    }),
    JURISDICTION: optionalText.refine((v) => v === undefined || /^\d{2,12}$/.test(v), {
      message: 'JURISDICTION must be a division-code prefix of 2–12 digits, e.g. 420702',
    }),
    KNOWLEDGE_DIR: z.string().trim().min(1).default('./knowledge'),
    LLM_BASE_URL: optionalUrl('LLM_BASE_URL'),
    LLM_API_KEY: optionalText,
    LLM_MODEL: optionalText,
    LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
    LLM_MAX_TOKENS: z.coerce.number().int().min(16).max(8192).default(800),
    EMBEDDINGS_BASE_URL: optionalUrl('EMBEDDINGS_BASE_URL'),
    EMBEDDINGS_API_KEY: optionalText,
    EMBEDDINGS_MODEL: optionalText,
    WECHAT_APP_ID: optionalText,
    WECHAT_APP_SECRET: optionalText,
    WECHAT_API_BASE: optionalUrl('WECHAT_API_BASE').transform((v) => v ?? 'https://api.weixin.qq.com'),
    WECHAT_STATUS_TEMPLATE_ID: optionalText,
    WECHAT_MP_STATE: z.enum(['developer', 'trial', 'formal']).default('formal'),
    RATE_LIMIT_IP_PER_MINUTE: z.coerce.number().int().min(0).default(600),
    RATE_LIMIT_CITIZEN_PER_MINUTE: z.coerce.number().int().min(0).default(30),
    TRUST_PROXY: z
      .enum(['', '0', '1', 'false', 'true'], { message: 'TRUST_PROXY must be 1/true or 0/false' })
      .default('')
      .transform((v) => v === '1' || v === 'true'),
    // Unset keeps closed petitions forever; the floor leaves time for 复查/复核 and audits.
    RETENTION_DAYS: optionalText.pipe(
      z.coerce
        .number<string | undefined>({ message: 'RETENTION_DAYS must be a number of days, e.g. 1095' })
        .int('RETENTION_DAYS must be a whole number of days')
        .min(180, 'RETENTION_DAYS must be at least 180 (days after closing); leave it unset to keep petitions forever')
        .optional(),
    ),
    DATA_KEY: optionalText.refine((v) => v === undefined || /^[0-9a-fA-F]{64}$/.test(v), {
      message: 'DATA_KEY must be 64 hex characters (a 256-bit key)',
    }),
  })
  .superRefine((c, ctx) => {
    if (c.LLM_BASE_URL && !c.LLM_MODEL) {
      ctx.addIssue({ code: 'custom', path: ['LLM_MODEL'], message: 'LLM_MODEL is required when LLM_BASE_URL is set' });
    }
    if (c.EMBEDDINGS_BASE_URL && !c.EMBEDDINGS_MODEL) {
      ctx.addIssue({
        code: 'custom',
        path: ['EMBEDDINGS_MODEL'],
        message: 'EMBEDDINGS_MODEL is required when EMBEDDINGS_BASE_URL is set',
      });
    }
    if (c.WECHAT_APP_ID && !c.WECHAT_APP_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['WECHAT_APP_SECRET'],
        message: 'WECHAT_APP_SECRET is required when WECHAT_APP_ID is set',
      });
    }
    if (c.DATABASE_URL && !c.DATA_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATA_KEY'],
        message: 'DATA_KEY is required with DATABASE_URL (generate one: openssl rand -hex 32)',
      });
    }
  });

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

/** Parses the environment; throws one ConfigError listing every bad setting. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || 'config'}: ${i.message}`);
  throw new ConfigError(`Invalid settings:\n${lines.join('\n')}`);
}
