import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Db } from './db/index.js';
import { AppError, errorBody } from './errors.js';
import type { Knowledge } from './knowledge/index.js';
import { registerKnowledgeRoutes } from './knowledge/index.js';
import { logger } from './log.js';
import { type CitizenTokens, registerAuthRoutes } from './auth/index.js';
import { type Intake, registerIntakeRoutes } from './intake/index.js';
import { registerConsole } from './console/index.js';
import { isDatabaseUnavailable } from './ops/database-unavailable.js';
import { chineseIssueMessage, type RateLimiters, registerSecurity } from './security/index.js';
import { type CaseRouter, type DraftSource, type PetitionContext, registerPetitionRoutes } from './petitions/index.js';
import type { FieldCipher } from './privacy/index.js';
import { type Router, registerRoutingRoutes } from './routing/index.js';
import { enqueueStatusNotice, registerWechatRoutes, type Wechat } from './wechat/index.js';

export interface AppDeps {
  config: Config;
  db: Db;
  clock: Clock;
  knowledge: Knowledge;
  /** Routing engine: kind, topic, route, body, deadlines, emergencies, place names. */
  router: Router;
  /** Encrypts personal data at rest (keyed by DATA_KEY). */
  cipher: FieldCipher;
  citizenTokens: CitizenTokens;
  /** Chat sessions' current drafts, from intake. */
  drafts: DraftSource;
  /** The chat dialogue (POST /api/chat). */
  intake: Intake;
  /** Routing proposal for staff-entered (代办) matters; null = staff choose by hand. */
  routeCase: CaseRouter | null;
  /** Place name of a division code, for the console. */
  divisionName: (code: string) => string | null;
  /** WeChat login, content check, subscribe messages; null when WECHAT_APP_ID is unset. */
  wechat: Wechat | null;
  /** Per-address and per-citizen request limits (in memory, per replica). */
  rateLimiters: RateLimiters;
}

export type App = OpenAPIHono;

const MAX_BODY_BYTES = 64 * 1024;

/** What petition functions run on; status changes queue WeChat notices in the same transaction. */
export function petitionContext(deps: AppDeps): PetitionContext {
  return {
    db: deps.db,
    clock: deps.clock,
    cipher: deps.cipher,
    jurisdiction: deps.config.JURISDICTION ?? '',
    notifyStatus: (tx, { citizenId, ...notice }) => enqueueStatusNotice(tx, { openid: citizenId, ...notice }),
  };
}

/** Builds the HTTP app from injected dependencies; no I/O happens here. */
export function createApp(deps: AppDeps): App {
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) {
        const first = result.error.issues[0];
        const where = first?.path.length ? `（${first.path.join('.')}）` : '';
        return c.json(errorBody('invalid_input', `请求内容不正确${where}：${chineseIssueMessage(first)}`), 400);
      }
    },
  });

  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => c.json(errorBody('payload_too_large', '提交的内容太大了，请精简后再试。'), 413),
    }),
  );
  registerSecurity(app, deps);

  app.get('/health', async (c) => {
    try {
      await deps.db.query('select 1');
      return c.json({ status: 'ok', db: deps.db.kind });
    } catch {
      return c.json(errorBody('unavailable', '数据库暂时不可用，请稍后再试。'), 503);
    }
  });

  registerKnowledgeRoutes(app, deps);
  registerRoutingRoutes(app, deps);
  registerWechatRoutes(app, deps); // before intake: its content check runs in front of POST /api/chat
  registerIntakeRoutes(app, deps.intake);
  const petitions = petitionContext(deps);
  registerAuthRoutes(app, deps);
  registerPetitionRoutes(app, { ...deps, petitions });
  registerConsole(app, { ...deps, petitions });

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: '说事 API', version: '0.1.0', description: '信访事项智能受理助手 HTTP 接口' },
  });

  app.notFound((c) => c.json(errorBody('not_found', '没有找到这个地址。'), 404));

  app.onError((err, c) => {
    if (err instanceof AppError) return c.json(errorBody(err.code, err.message), err.status);
    if (err instanceof HTTPException) {
      if (err.status === 400) return c.json(errorBody('invalid_input', '请求格式不正确，请检查后重试。'), 400);
      if (err.status === 413) return c.json(errorBody('payload_too_large', '提交的内容太大了，请精简后再试。'), 413);
      return c.json(errorBody('invalid_input', '请求无法处理。'), err.status === 401 ? 401 : 400);
    }
    if (isDatabaseUnavailable(err)) {
      logger.warn('database unavailable', { path: c.req.path, error: err });
      return c.json(errorBody('unavailable', '服务暂时不可用，请稍后再试。'), 503);
    }
    const requestId = crypto.randomUUID();
    logger.error('unhandled error', { requestId, path: c.req.path, error: err });
    return c.json(errorBody('internal', `服务器出了点问题，请稍后再试（编号 ${requestId.slice(0, 8)}）。`), 500);
  });

  return app;
}
