import { Layout } from './layout.js';

export function LoginPage({ csrf, error, username }: { csrf: string; error?: string; username?: string }) {
  return (
    <Layout title="登录">
      <div class="login card">
        <h1>工作人员登录</h1>
        {error && <div class="banner error">{error}</div>}
        <form method="post" action="/console/login">
          <input type="hidden" name="_csrf" value={csrf} />
          <div class="field">
            <label for="username">用户名</label>
            <input id="username" name="username" autocomplete="username" required value={username ?? ''} />
          </div>
          <div class="field">
            <label for="password">密码</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required />
          </div>
          <button type="submit">登录</button>
        </form>
      </div>
    </Layout>
  );
}
