import {
  ACTION_LABELS,
  LEVEL_LABELS,
  NOTICE_TITLES,
  type NoticeKind,
  type Petition,
  type PetitionEvent,
  ROUTE_LABELS,
  STATUS_LABELS,
} from '../../petitions/index.js';
import { Kind, Level, RouteCode, Topic } from '../../routing/types.js';
import type { StaffSession } from '../staff.js';
import { PetitionActions } from './petition-actions.js';
import { dueState, formatTime } from './format.js';
import { CsrfField, Layout } from './layout.js';

export interface PetitionPageProps {
  session: StaffSession;
  petition: Petition;
  /** phone/ID/citizen words already masked for the viewer's role */
  shown: { phone: string | null; idNumber: string | null; citizenText: string[] };
  events: PetitionEvent[];
  related: { receiptNo: string; status: Petition['status']; summary: string }[];
  /** WeChat content-safety verdicts other than pass for the chat the draft came from. */
  contentFlags: string[];
  notice: NoticeKind | null;
  flash?: string;
  now: Date;
  divisionName: (code: string) => string;
}

export function PetitionPage(props: PetitionPageProps) {
  const { session, petition: p, shown, now } = props;
  const acceptDue = dueState(p.status === 'submitted' ? p.acceptDue : null, now);
  const resolveDue = dueState(['accepted', 'in_progress', 'review_requested'].includes(p.status) ? p.resolveDue : null, now);
  return (
    <Layout title={p.receiptNo} session={session} active="queue">
      <p class="small"><a href="/console">← 返回队列</a></p>
      <h1>
        {p.receiptNo} <span class={`chip st-${p.status}`}>{STATUS_LABELS[p.status]}</span>
        {p.urgent && <span class="chip badge-urgent">紧急</span>}
      </h1>
      {props.flash && <div class="banner ok">{props.flash}</div>}
      {(acceptDue.className === 'due-over' || resolveDue.className === 'due-over') && (
        <div class="banner warn">本事项已超过法定期限，请尽快处理并向信访人说明。</div>
      )}
      {props.contentFlags.length > 0 && (
        <div class="banner warn">
          微信内容安全检测提示：{[...new Set(props.contentFlags)].map((f) => CONTENT_FLAG_LABELS[f] ?? f).join('、')}。请人工阅读原话后再处理。
        </div>
      )}
      {props.related.length > 0 && (
        <div class="banner warn">
          疑似重复信访（同一人、同一地、同一类别，90日内）：
          {props.related.map((r) => (
            <>
              {' '}
              <a href={`/console/petitions/${r.receiptNo}`}>{r.receiptNo}</a>（{STATUS_LABELS[r.status]}）
            </>
          ))}
        </div>
      )}
      <div class="grid2">
        <section class="card">
          <h2>群众原话</h2>
          {shown.citizenText.length === 0 && <p class="muted">（没有对话记录，由工作人员登记）</p>}
          {shown.citizenText.map((t) => <p class="words">{t}</p>)}
          <h3>信访人</h3>
          <dl class="facts">
            <dt>姓名</dt><dd>{p.anonymous ? '匿名' : (p.name ?? '—')}</dd>
            <dt>联系电话</dt><dd>{shown.phone ?? '—'}</dd>
            <dt>身份证号</dt><dd>{shown.idNumber ?? '—'}</dd>
            <dt>涉及人数</dt><dd>{p.people ?? '—'}</dd>
            <dt>涉及金额</dt><dd>{p.amount === null ? '—' : `${p.amount} 元`}</dd>
            <dt>发生时间</dt><dd>{p.happened ?? '—'}</dd>
            <dt>已走渠道</dt><dd>{p.previous.length ? p.previous.join('；') : '无'}</dd>
            {p.agent && (
              <>
                <dt>代办</dt>
                <dd>{p.agent.name ?? '网格员'} 代 {p.agent.forPerson ?? '信访人'} 登记，{p.agent.consent ? '已取得本人同意' : '未记录本人同意'}</dd>
              </>
            )}
            <dt>提交时间</dt><dd>{p.submittedAt ? formatTime(p.submittedAt) : '—'}</dd>
            <dt>受理期限</dt><dd class={acceptDue.className}>{p.acceptDue ?? '—'}</dd>
            <dt>办结期限</dt><dd class={resolveDue.className}>{p.resolveDue ?? '—'}{p.extendedDays > 0 && `（已延长${p.extendedDays}日）`}</dd>
            <dt>包案人</dt><dd>{p.owner ?? '未指定'}</dd>
          </dl>
        </section>
        <section class="card">
          <h2>机器人草稿（可修改）</h2>
          <DraftForm {...props} />
        </section>
      </div>
      <section class="card">
        <h2>途径判断依据</h2>
        <p>
          建议途径：<strong>{ROUTE_LABELS[p.route]}</strong> — {p.body}（{LEVEL_LABELS[p.level]}）
        </p>
        {p.rationale && <p>{p.rationale}</p>}
        {p.alternatives.length > 0 && (
          <>
            <h3>其他途径</h3>
            <ul>
              {p.alternatives.map((a) => (
                <li>
                  {ROUTE_LABELS[a.route]}：{a.body}。{a.reason}
                  <span class="muted small">（{a.basis.map((b) => `《${b.doc}》${b.article}`).join('、')}）</span>
                </li>
              ))}
            </ul>
          </>
        )}
        {p.citations.length > 0 && (
          <>
            <h3>引用条文</h3>
            {p.citations.map((c) => (
              <p class="small">
                <strong>《{c.doc}》{c.article ?? ''}</strong> {c.text}
              </p>
            ))}
          </>
        )}
      </section>
      <PetitionActions {...props} />
      {props.notice && (
        <section class="card">
          <h2>文书</h2>
          <a class="button secondary" href={`/console/petitions/${p.receiptNo}/notice.docx`}>
            下载{NOTICE_TITLES[props.notice]}（.docx）
          </a>
        </section>
      )}
      <section class="card">
        <h2>办理记录（不可更改）</h2>
        <table>
          <thead><tr><th>时间</th><th>操作人</th><th>操作</th><th>变更前</th><th>变更后</th><th>说明</th></tr></thead>
          <tbody>
            {props.events.map((e) => (
              <tr>
                <td class="small">{formatTime(e.at)}</td>
                <td class="small">{e.actor}</td>
                <td>{ACTION_LABELS[e.action] ?? e.action}</td>
                <td class="small">{describe(e.before)}</td>
                <td class="small">{describe(e.after)}</td>
                <td class="small">{e.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </Layout>
  );
}

const CONTENT_FLAG_LABELS: Record<string, string> = { risky: '有风险', review: '需人工复核', unchecked: '未能检测' };

const FIELD_LABELS: Record<string, string> = {
  status: '状态', kind: '类型', topic: '类别', route: '途径', level: '层级', body: '处理机关', division: '区划',
  summary: '摘要', request: '诉求', facts: '事实', owner: '包案人', reply: '答复', decisionReason: '理由',
  referredTo: '转送至', rating: '评价', ratingNote: '回访记录', decidedAt: '决定时间', repliedAt: '答复时间',
  closedAt: '办结时间', resolveDue: '办结期限', extendedDays: '已延长天数', receiptNo: '编号',
};

/** An audit snapshot as one readable line: 类别：其他；状态：已受理. */
function describe(fields: Record<string, unknown> | null): string {
  if (!fields) return '';
  const show = (key: string, v: unknown) => {
    if (v === null || v === undefined || v === '') return '—';
    if (key === 'status') return STATUS_LABELS[v as Petition['status']] ?? String(v);
    if (key === 'route') return ROUTE_LABELS[v as Petition['route']] ?? String(v);
    if (key.endsWith('At') && typeof v === 'string') return formatTime(new Date(v));
    return String(v);
  };
  return Object.entries(fields).map(([k, v]) => `${FIELD_LABELS[k] ?? k}：${show(k, v)}`).join('；');
}

function DraftForm({ session, petition: p }: PetitionPageProps) {
  const editable = session.user.role !== 'grid_worker' && p.status !== 'closed';
  const select = (name: string, label: string, options: readonly string[], value: string, labels?: Record<string, string>) => (
    <div class="field">
      <label for={name}>{label}</label>
      <select id={name} name={name} disabled={!editable}>
        {options.map((o) => <option value={o} selected={o === value}>{labels?.[o] ?? o}</option>)}
      </select>
    </div>
  );
  return (
    <form method="post" action={`/console/petitions/${p.receiptNo}/edit`}>
      <CsrfField session={session} />
      <div class="grid2">
        {select('kind', '类型', Kind.options, p.kind)}
        {select('topic', '类别', Topic.options, p.topic)}
        {select('route', '途径', RouteCode.options, p.route, ROUTE_LABELS)}
        {select('level', '层级', Level.options, p.level, LEVEL_LABELS)}
      </div>
      <div class="field">
        <label for="body">处理机关</label>
        <input id="body" name="body" value={p.body} disabled={!editable} />
      </div>
      <div class="field">
        <label for="division">区划代码</label>
        <input id="division" name="division" value={p.division} pattern="\d{0,12}" disabled={!editable} />
      </div>
      <div class="field">
        <label for="summary">摘要（200字以内）</label>
        <textarea id="summary" name="summary" maxlength={200} disabled={!editable}>{p.summary}</textarea>
      </div>
      <div class="field">
        <label for="facts">事实经过</label>
        <textarea id="facts" name="facts" disabled={!editable}>{p.facts ?? ''}</textarea>
      </div>
      <div class="field">
        <label for="request">诉求</label>
        <textarea id="request" name="request" disabled={!editable}>{p.request ?? ''}</textarea>
      </div>
      {editable && <button type="submit">保存修改</button>}
    </form>
  );
}
