import {
  PetitionStatus,
  QUEUE_PAGE_SIZE,
  type QueueFilter,
  type QueueItem,
  ROUTE_LABELS,
  STATUS_LABELS,
} from '../../petitions/index.js';
import { RouteCode, Topic } from '../../routing/types.js';
import type { StaffSession } from '../staff.js';
import { dueState, formatTime } from './format.js';
import { Layout } from './layout.js';

interface QueueProps {
  session: StaffSession;
  filter: QueueFilter;
  items: QueueItem[];
  total: number;
  overdue: number;
  now: Date;
  divisionName: (code: string) => string;
}

interface FilterSelectProps {
  name: string;
  label: string;
  value: string | undefined;
  /** [value, label] pairs after the leading 全部 (no filter). */
  options: readonly (readonly [string, string])[];
}

function FilterSelect({ name, label, value, options }: FilterSelectProps) {
  return (
    <div>
      <label for={name}>{label}</label>
      <select id={name} name={name}>
        <option value="">全部</option>
        {options.map(([v, text]) => (
          <option value={v} selected={value === v}>{text}</option>
        ))}
      </select>
    </div>
  );
}

export function QueuePage({ session, filter, items, total, overdue, now, divisionName }: QueueProps) {
  const pages = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
  const link = (page: number) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...filter, page })) if (v !== undefined && v !== '') params.set(k, String(v));
    if (!filter.status) params.set('status', '');
    return `/console?${params}`;
  };
  return (
    <Layout title="待办队列" session={session} active="queue">
      <h1>{session.user.role === 'grid_worker' ? '我代办的事项' : '待办队列'}</h1>
      {overdue > 0 && (
        <div class="banner warn">
          当前筛选中有 <strong>{overdue}</strong> 件事项已超过法定期限（受理告知15日、办结60日），请优先处理。
          {!filter.overdue && <a href={`/console?status=open&overdue=1`}> 只看超期</a>}
        </div>
      )}
      <form class="filters card" method="get" action="/console">
        <FilterSelect
          name="status"
          label="状态"
          value={filter.status}
          options={[
            ['open', '未办结'],
            ...PetitionStatus.options.filter((s) => s !== 'draft').map((s) => [s, STATUS_LABELS[s]] as const),
          ]}
        />
        <FilterSelect name="topic" label="类别" value={filter.topic} options={Topic.options.map((t) => [t, t] as const)} />
        <FilterSelect name="route" label="途径" value={filter.route} options={RouteCode.options.map((r) => [r, ROUTE_LABELS[r]] as const)} />
        <div>
          <label for="q">搜索</label>
          <input id="q" name="q" placeholder="编号、姓名或摘要" value={filter.q ?? ''} />
        </div>
        <div>
          <label for="sort">排序</label>
          <select id="sort" name="sort">
            <option value="due" selected={filter.sort === 'due'}>期限最近优先</option>
            <option value="newest" selected={filter.sort === 'newest'}>最新提交优先</option>
          </select>
        </div>
        <div>
          <label class="check">
            <input type="checkbox" name="overdue" value="1" checked={filter.overdue === '1'} /> 只看超期
          </label>
        </div>
        <button type="submit">筛选</button>
      </form>
      <div class="card">
        <p class="muted small">共 {total} 件，期限按自然日计算（《信访工作条例》第二十二条、第二十三条、第三十四条）。</p>
        <table>
          <thead>
            <tr>
              <th>编号</th><th>状态</th><th>摘要</th><th>类别</th><th>建议途径</th><th>地区</th><th>提交时间</th><th>当前期限</th><th>包案人</th>
            </tr>
          </thead>
          <tbody>
            {items.map((p) => {
              const due = dueState(p.due, now);
              return (
                <tr>
                  <td class="nowrap"><a href={`/console/petitions/${p.receiptNo}`}>{p.receiptNo}</a></td>
                  <td><span class={`chip st-${p.status}`}>{STATUS_LABELS[p.status]}</span></td>
                  <td class="summary">
                    {p.urgent && <span class="chip badge-urgent">紧急</span>} {p.duplicateOf && <span class="chip badge-dup">疑似重复</span>}{' '}
                    {p.summary}
                    {p.name && <span class="muted small">（{p.name}）</span>}
                  </td>
                  <td class="nowrap">{p.topic}</td>
                  <td>{ROUTE_LABELS[p.route as RouteCode] ?? p.route}</td>
                  <td class="small">{divisionName(p.division)}</td>
                  <td class="small nowrap">{formatTime(p.submittedAt)}</td>
                  <td class={`small nowrap ${due.className}`}>{due.text}</td>
                  <td>{p.owner ?? <span class="muted">—</span>}</td>
                </tr>
              );
            })}
            {items.length === 0 && (
              <tr><td colspan={9} class="muted">没有符合条件的事项。</td></tr>
            )}
          </tbody>
        </table>
        <div class="pager">
          {filter.page > 1 && <a href={link(filter.page - 1)}>上一页</a>}
          <span class="muted">第 {filter.page} / {pages} 页</span>
          {filter.page < pages && <a href={link(filter.page + 1)}>下一页</a>}
        </div>
      </div>
    </Layout>
  );
}
