import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { type CitizenTokens, citizenFromAuthorization } from '../auth/index.js';
import { AppError } from '../errors.js';
import { errorResponse } from '../openapi.js';
import { AgentDeclaration, CitizenEdits } from './citizen-edits.js';
import { CitizenPetition, toCitizenView } from './citizen-view.js';
import type { PetitionContext } from './context.js';
import { ratePetition } from './lifecycle.js';
import { findPetition, listCitizenPetitions, listEvents } from './store.js';
import { findSubmission, submitPetition } from './submit.js';
import { type DraftSource, Rating } from './types.js';

export interface PetitionRouteDeps {
  petitions: PetitionContext;
  drafts: DraftSource;
  citizenTokens: CitizenTokens;
}

const bearer = [{ citizenToken: [] }];
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const ReceiptParam = z.object({ receiptNo: z.string().regex(/^XF\d{8}-\d{6,}$/).openapi({ example: 'XF20260301-000042' }) });

const SubmitRequest = z.object({
  sessionId: z.string().uuid('会话编号格式不对，请重新开始说事。'),
  idempotencyKey: z.string().min(8).max(100),
  edits: CitizenEdits.optional().openapi({ description: '确认页上群众的修改：不传的字段不变，null 表示清空' }),
  consent: z.literal(true, { message: '请先勾选“我确认以上内容属实，同意提交”。' }).optional(),
  agent: AgentDeclaration.nullable().optional().openapi({ description: '代办：谁替谁反映，须有当事人同意' }),
});

const submitRoute = createRoute({
  method: 'post',
  path: '/api/petitions',
  summary: '把对话中确认的草稿（连同确认页的修改）提交为信访事项',
  description:
    '按 idempotencyKey 幂等：同一个键重试得到同一个受理编号；同一个键带着不同的修改重试，仍返回第一次提交的事项，不会改动它（提交后的更正由工作人员修改并留痕）。',
  security: bearer,
  request: { body: { required: true, content: { 'application/json': { schema: SubmitRequest } } } },
  responses: {
    201: json(z.object({ receiptNo: z.string(), status: z.string(), due: z.string().nullable() }), '已提交'),
    400: errorResponse('会话编号、修改内容或同意项不符合要求'),
    404: errorResponse('对话不存在、已过期或还没有可确认的草稿'),
  },
});

const mineRoute = createRoute({
  method: 'get',
  path: '/api/petitions/mine',
  summary: '我提交的信访事项',
  security: bearer,
  responses: { 200: json(z.object({ items: z.array(CitizenPetition.omit({ timeline: true })) }), '列表') },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/petitions/{receiptNo}',
  summary: '信访事项详情与办理进度',
  security: bearer,
  request: { params: ReceiptParam },
  responses: { 200: json(CitizenPetition, '详情') },
});

const rateRoute = createRoute({
  method: 'post',
  path: '/api/petitions/{receiptNo}/rating',
  summary: '答复后评价（满意 / 基本满意 / 不满意）',
  security: bearer,
  request: {
    params: ReceiptParam,
    body: { content: { 'application/json': { schema: z.object({ rating: Rating, note: z.string().trim().max(300).optional() }) } } },
  },
  responses: { 200: json(CitizenPetition, '已评价') },
});

export function registerPetitionRoutes(app: OpenAPIHono, deps: PetitionRouteDeps): void {
  const ctx = deps.petitions;
  app.openAPIRegistry.registerComponent('securitySchemes', 'citizenToken', { type: 'http', scheme: 'bearer' });
  const citizen = (header: string | undefined) => citizenFromAuthorization(deps.citizenTokens, header);
  const own = async (citizenId: string, receiptNo: string) => {
    const p = await findPetition(ctx.db, ctx.cipher, receiptNo);
    // Someone else's receipt number answers like a missing one.
    if (!p || p.citizenId !== citizenId) throw new AppError('not_found', '没有找到这件信访事项。');
    return p;
  };

  app.openapi(submitRoute, async (c) => {
    const citizenId = citizen(c.req.header('authorization'));
    const { sessionId, idempotencyKey, edits, agent } = c.req.valid('json');
    const receipt = (p: { receiptNo: string; status: string; acceptDue: string | null }) =>
      c.json({ receiptNo: p.receiptNo, status: p.status, due: p.acceptDue }, 201);
    // A retry answers from the petition even when the chat session has expired meanwhile.
    const earlier = await findSubmission(ctx, citizenId, idempotencyKey);
    if (earlier) return receipt(earlier);
    const source = await deps.drafts.getSessionDraft(sessionId);
    if (!source) throw new AppError('not_found', '没有找到这次对话的草稿，请先在对话中确认内容。');
    const { petition } = await submitPetition(ctx, {
      citizenId, idempotencyKey, sessionId, source, edits, agent, actor: { id: `citizen:${citizenId}`, role: 'citizen' },
    });
    return receipt(petition);
  });

  app.openapi(mineRoute, async (c) => {
    const citizenId = citizen(c.req.header('authorization'));
    const petitions = await listCitizenPetitions(ctx.db, ctx.cipher, citizenId);
    const items = petitions.map((p) => {
      const { timeline: _, ...rest } = toCitizenView(p, []);
      return rest;
    });
    return c.json({ items }, 200);
  });

  app.openapi(getRoute, async (c) => {
    const p = await own(citizen(c.req.header('authorization')), c.req.valid('param').receiptNo);
    return c.json(toCitizenView(p, await listEvents(ctx.db, p.id)), 200);
  });

  app.openapi(rateRoute, async (c) => {
    const citizenId = citizen(c.req.header('authorization'));
    const { receiptNo } = c.req.valid('param');
    await own(citizenId, receiptNo);
    const body = c.req.valid('json');
    const p = await ratePetition(ctx, receiptNo, body.rating, body.note ?? null, { id: `citizen:${citizenId}`, role: 'citizen' });
    return c.json(toCitizenView(p, await listEvents(ctx.db, p.id)), 200);
  });
}
