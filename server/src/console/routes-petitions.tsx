import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { AppError } from '../errors.js';
import {
  type Actor,
  NOTICE_TITLES,
  type Petition,
  PetitionAction,
  PetitionEdit,
  QueueFilter,
  Rating,
  assignOwner,
  editPetition,
  extendDeadline,
  findPetition,
  inScope,
  listEvents,
  listQueue,
  noticeKindFor,
  ratePetition,
  renderNotice,
  scopeFor,
  transition,
} from '../petitions/index.js';
import { maskIdNumber, maskPersonalData, maskPhone } from '../privacy/index.js';
import { contentFlags } from '../wechat/index.js';
import { type ConsoleDeps, divisionLabel } from './deps.js';
import type { ConsoleEnv } from './guard.js';
import { type Permission, can } from './permissions.js';
import { PetitionPage } from './views/petition.js';
import { QueuePage } from './views/queue.js';

const DONE_MESSAGES: Record<string, string> = {
  edit: '修改已保存，并记入办理记录。',
  accept: '已受理。可以下载受理告知书。',
  refer: '已转送。可以下载转送告知书。',
  'not-accept': '已作出不予受理决定。可以下载不予受理告知书。',
  start: '已开始办理。',
  reply: '答复已提交。',
  close: '已办结。',
  assign: '包案人已指定。',
  extend: '办理期限已延长。',
  rating: '回访评价已记录。',
  'request-review': '复查申请已登记，请重新办理（期限30日）。',
  filed: '代办登记已提交。',
};

type Ctx = Context<ConsoleEnv>;

export function registerPetitionPages(app: Hono<ConsoleEnv>, deps: ConsoleDeps): void {
  const ctx = deps.petitions;
  const actorOf = (c: Ctx): Actor => ({ id: `staff:${c.get('session').user.username}`, role: c.get('session').user.role });
  const require = (c: Ctx, permission: Permission) => {
    if (!can(c.get('session').user.role, permission)) throw new AppError('forbidden', '你的角色没有这项权限。');
  };
  /** Petitions outside the user's jurisdiction answer 404, exactly like missing ones. */
  const load = async (c: Ctx): Promise<Petition> => {
    const p = await findPetition(ctx.db, ctx.cipher, c.req.param('receiptNo') ?? '');
    if (!p || !inScope(scopeFor(c.get('session').user), p)) throw new AppError('not_found', '没有找到这件信访事项，或它不属于你的辖区。');
    return p;
  };

  app.get('/', async (c) => {
    // The queue opens on what still needs work; "全部" sends an explicit empty status.
    const query = { status: 'open', ...c.req.query() };
    const parsed = QueueFilter.safeParse(query);
    const filter = parsed.success ? parsed.data : QueueFilter.parse({});
    const session = c.get('session');
    const now = deps.clock.now();
    const result = await listQueue(ctx.db, scopeFor(session.user), filter, now);
    return c.html(<QueuePage session={session} filter={filter} now={now} divisionName={divisionLabel(deps)} {...result} />);
  });

  app.get('/petitions/:receiptNo', async (c) => {
    const p = await load(c);
    const session = c.get('session');
    const role = session.user.role;
    const related = await relatedPetitions(c, p);
    const done = c.req.query('done');
    return c.html(
      <PetitionPage
        session={session}
        petition={p}
        shown={{
          phone: p.phone && (can(role, 'seePhone') ? p.phone : maskPhone(p.phone)),
          idNumber: p.idNumber && (can(role, 'seeIdNumber') ? p.idNumber : maskIdNumber(p.idNumber)),
          citizenText: can(role, 'seePhone') ? p.citizenText : p.citizenText.map(maskPersonalData),
        }}
        events={await listEvents(ctx.db, p.id)}
        related={related}
        contentFlags={p.sessionId ? (await contentFlags(ctx.db, p.sessionId)).map((f) => f.suggest) : []}
        notice={noticeKindFor(p)}
        flash={done ? DONE_MESSAGES[done] : undefined}
        now={deps.clock.now()}
        divisionName={divisionLabel(deps)}
      />,
    );
  });

  const relatedPetitions = async (c: Ctx, p: Petition) => {
    const root = p.duplicateOf ?? p.id;
    const { rows } = await ctx.db.query<{ receipt_no: string; status: Petition['status']; summary: string; division: string; created_by: string }>(
      `select receipt_no, status, summary, division, created_by from petitions
       where (id = $1 or duplicate_of = $1) and id <> $2 order by id limit 20`,
      [root, p.id],
    );
    const scope = scopeFor(c.get('session').user);
    return rows
      .filter((r) => inScope(scope, { division: r.division, createdBy: r.created_by }))
      .map((r) => ({ receiptNo: r.receipt_no, status: r.status, summary: r.summary }));
  };

  app.get('/petitions/:receiptNo/notice.docx', async (c) => {
    const p = await load(c);
    const kind = noticeKindFor(p);
    if (!kind) throw new AppError('conflict', '作出受理、转送或不予受理决定后才能生成告知书。');
    const file = await renderNotice(kind, p, issuerOf(kind, p), deps.clock.now());
    const filename = encodeURIComponent(`${NOTICE_TITLES[kind]}-${p.receiptNo}.docx`);
    return c.body(new Uint8Array(file), 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'content-disposition': `attachment; filename*=UTF-8''${filename}`,
    });
  });

  app.post('/petitions/:receiptNo/:action', async (c) => {
    const p = await load(c);
    const action = c.req.param('action');
    const form = await c.req.parseBody();
    const field = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : undefined);
    const actor = actorOf(c);
    switch (action) {
      case 'edit': {
        require(c, 'review');
        const edit = parseForm(PetitionEdit, {
          kind: field('kind'), topic: field('topic'), route: field('route'), level: field('level'), body: field('body'),
          division: field('division'), summary: field('summary'),
          request: field('request') || null, facts: field('facts') || null,
        });
        if (edit.division !== undefined && !edit.division.startsWith(c.get('session').user.divisionPrefix)) {
          throw new AppError('invalid_input', '区划代码超出你的辖区；需要移交的，请使用“转送”。');
        }
        await editPetition(ctx, p.receiptNo, edit, actor);
        break;
      }
      case 'accept': case 'start': case 'close': case 'refer': case 'not-accept': case 'reply': case 'request-review': {
        require(c, 'review');
        const parsed = parseForm(PetitionAction, {
          type: action.replace('-', '_'), to: field('to'), reason: field('reason') || undefined, text: field('text'),
        });
        await transition(ctx, p.receiptNo, parsed, actor);
        break;
      }
      case 'assign':
        require(c, 'assign');
        await assignOwner(ctx, p.receiptNo, parseForm(z.string().trim().min(2).max(60), field('owner')), actor);
        break;
      case 'extend': {
        require(c, 'extend');
        const { days, reason } = parseForm(z.object({ days: z.coerce.number().int(), reason: z.string().trim().min(2).max(300) }), {
          days: field('days'), reason: field('reason'),
        });
        await extendDeadline(ctx, p.receiptNo, days, reason, actor);
        break;
      }
      case 'rating': {
        require(c, 'review');
        const { rating, note } = parseForm(z.object({ rating: Rating, note: z.string().trim().max(300) }), {
          rating: field('rating'), note: field('note') ?? '',
        });
        await ratePetition(ctx, p.receiptNo, rating, note || null, actor);
        break;
      }
      default:
        throw new AppError('not_found', '没有这个操作。');
    }
    return c.redirect(`/console/petitions/${p.receiptNo}?done=${action}`, 303);
  });
}

/** Who signs the notice: the handling body; a referral is signed by the referring office, stamped by hand. */
const issuerOf = (kind: string, p: Petition) => (kind === 'refer' ? '（转送机关名称、盖章）' : p.body);

function parseForm<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('invalid_input', `填写的内容不完整或格式不对${issue?.path.length ? `（${issue.path.join('.')}）` : ''}，请返回修改。`);
  }
  return parsed.data;
}
