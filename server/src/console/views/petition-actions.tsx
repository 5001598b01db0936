import { PROCEDURE_DEADLINES, Rating, allowedActions, isRatable } from '../../petitions/index.js';
import { can } from '../permissions.js';
import { CsrfField } from './layout.js';
import type { PetitionPageProps } from './petition.js';

/** The buttons and small forms for what this user may do with the petition in its current status. */
export function PetitionActions({ session, petition: p }: PetitionPageProps) {
  const role = session.user.role;
  if (!can(role, 'review')) return null;
  const allowed = new Set(allowedActions(p.status));
  const action = (name: string) => `/console/petitions/${p.receiptNo}/${name}`;
  const csrf = <CsrfField session={session} />;
  const simple = (name: string, label: string, secondary = false) =>
    allowed.has(name as never) && (
      <form method="post" action={action(name)}>
        {csrf}
        <button type="submit" class={secondary ? 'secondary' : ''}>{label}</button>
      </form>
    );
  return (
    <section class="card">
      <h2>办理</h2>
      <div class="actions">
        {simple('accept', '受理')}
        {simple('start', '开始办理')}
        {simple('close', '办结', true)}
      </div>
      <div class="grid3">
        {allowed.has('refer') && (
          <form method="post" action={action('refer')}>
            {csrf}
            <h3>转送有权处理的机关</h3>
            <input name="to" value={p.body} required minlength={2} aria-label="转送机关" />
            <p><button type="submit" class="secondary">转送</button></p>
          </form>
        )}
        {allowed.has('not_accept') && (
          <form method="post" action={action('not-accept')}>
            {csrf}
            <h3>不予受理</h3>
            <textarea name="reason" required minlength={4} placeholder="理由，例如：属于劳动仲裁受理范围，应依法申请仲裁" aria-label="不予受理理由" />
            <p><button type="submit" class="danger">不予受理</button></p>
          </form>
        )}
        {allowed.has('reply') && (
          <form method="post" action={action('reply')}>
            {csrf}
            <h3>答复意见</h3>
            <textarea name="text" required minlength={4} aria-label="答复意见" />
            <p><button type="submit">提交答复</button></p>
          </form>
        )}
        {can(role, 'assign') && p.status !== 'closed' && (
          <form method="post" action={action('assign')}>
            {csrf}
            <h3>包案</h3>
            <input name="owner" value={p.owner ?? ''} placeholder="包案领导姓名、职务" required aria-label="包案人" />
            <p><button type="submit" class="secondary">指定包案人</button></p>
          </form>
        )}
        {can(role, 'extend') && ['accepted', 'in_progress'].includes(p.status) && p.extendedDays < PROCEDURE_DEADLINES.extension.days && (
          <form method="post" action={action('extend')}>
            {csrf}
            <h3>延长办理期限</h3>
            <input name="days" type="number" min={1} max={PROCEDURE_DEADLINES.extension.days - p.extendedDays} value="30" aria-label="延长天数" />
            <input name="reason" required placeholder="延期理由（将告知信访人）" aria-label="延期理由" />
            <p><button type="submit" class="secondary">延期</button></p>
          </form>
        )}
        {allowed.has('request_review') && (
          <form method="post" action={action('request-review')}>
            {csrf}
            <h3>登记复查申请</h3>
            <input name="reason" placeholder="信访人不服的理由（第三十五条，30日内）" aria-label="复查理由" />
            <p><button type="submit" class="secondary">登记复查</button></p>
          </form>
        )}
        {isRatable(p.status) && (
          <form method="post" action={action('rating')}>
            {csrf}
            <h3>回访评价</h3>
            <select name="rating" aria-label="回访评价">
              {Rating.options.map((r) => <option selected={p.rating === r}>{r}</option>)}
            </select>
            <input name="note" placeholder="回访记录" value={p.ratingNote ?? ''} aria-label="回访记录" />
            <p><button type="submit" class="secondary">记录回访</button></p>
          </form>
        )}
      </div>
      {p.reply && (
        <>
          <h3>答复内容</h3>
          <p class="words">{p.reply}</p>
        </>
      )}
      {p.decisionReason && <p>不予受理理由：{p.decisionReason}</p>}
      {p.referredTo && <p>已转送：{p.referredTo}</p>}
    </section>
  );
}
