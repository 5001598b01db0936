import type { Child } from 'hono/jsx';
import { ROLE_LABELS } from '../../petitions/index.js';
import { can } from '../permissions.js';
import type { StaffSession } from '../staff.js';

interface LayoutProps {
  title: string;
  session?: StaffSession;
  active?: 'queue' | 'file' | 'stats';
  children: Child;
}

export function Layout({ title, session, active, children }: LayoutProps) {
  return (
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · 说事受理工作台`}</title>
        <link rel="stylesheet" href="/console/style.css" />
      </head>
      <body>
        <header class="top">
          <a class="brand" href="/console">说事 · 受理工作台</a>
          {session && (
            <>
              <nav>
                <a href="/console" class={active === 'queue' ? 'active' : ''}>
                  {session.user.role === 'grid_worker' ? '我的代办' : '待办队列'}
                </a>
                <a href="/console/file" class={active === 'file' ? 'active' : ''}>代办登记</a>
                {can(session.user.role, 'stats') && (
                  <a href="/console/stats" class={active === 'stats' ? 'active' : ''}>统计</a>
                )}
              </nav>
              <div class="who">
                <span>
                  {session.user.displayName}（{ROLE_LABELS[session.user.role]}
                  {session.user.divisionPrefix ? ` · 辖区 ${session.user.divisionPrefix}` : ' · 全部辖区'}）
                </span>
                <form method="post" action="/console/logout">
                  <CsrfField session={session} />
                  <button type="submit">退出</button>
                </form>
              </div>
            </>
          )}
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}

export function CsrfField({ session }: { session: StaffSession }) {
  return <input type="hidden" name="_csrf" value={session.csrfToken} />;
}

export function ErrorPage({ status, message, session }: { status: number; message: string; session?: StaffSession }) {
  return (
    <Layout title={`出错了（${status}）`} session={session}>
      <div class="card">
        <h1>{status === 404 ? '没有找到' : '无法完成操作'}</h1>
        <p>{message}</p>
        <p>
          <a href="/console">返回队列</a>
        </p>
      </div>
    </Layout>
  );
}
