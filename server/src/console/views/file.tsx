import { Topic } from '../../routing/types.js';
import type { StaffSession } from '../staff.js';
import { CsrfField, Layout } from './layout.js';

/** 代办 filing: a grid worker records a villager's matter in their words, with their consent. */
export function FilePage({ session, idempotencyKey, error }: { session: StaffSession; idempotencyKey: string; error?: string }) {
  return (
    <Layout title="代办登记" session={session} active="file">
      <h1>代办登记</h1>
      <p class="muted">为不方便使用手机的群众代为登记。请先向本人说明用途，取得同意后再提交。</p>
      {error && <div class="banner error">{error}</div>}
      <form class="card" method="post" action="/console/file">
        <CsrfField session={session} />
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        <div class="field">
          <label for="words">群众反映的问题（尽量记录原话）</label>
          <textarea id="words" name="words" required minlength={6} maxlength={2000} />
        </div>
        <div class="grid2">
          <div class="field">
            <label for="name">姓名</label>
            <input id="name" name="name" required maxlength={40} />
          </div>
          <div class="field">
            <label for="phone">联系电话</label>
            <input id="phone" name="phone" inputmode="tel" maxlength={20} />
          </div>
          <div class="field">
            <label for="division">村（社区）区划代码</label>
            <input id="division" name="division" pattern="\d{6,12}" value={session.user.divisionPrefix} required />
          </div>
          <div class="field">
            <label for="topic">类别</label>
            <select id="topic" name="topic">
              <option value="">自动判断</option>
              {Topic.options.map((t) => <option>{t}</option>)}
            </select>
          </div>
        </div>
        <div class="field">
          <label for="request">诉求</label>
          <input id="request" name="request" maxlength={500} />
        </div>
        <div class="field">
          <label class="check">
            <input type="checkbox" name="consent" value="1" required /> 本人已同意由我代为登记，并知悉联系电话仅用于办理和回访
          </label>
        </div>
        <button type="submit">提交登记</button>
      </form>
    </Layout>
  );
}
