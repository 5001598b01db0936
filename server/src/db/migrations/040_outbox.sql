-- Generic transactional outbox: any module enqueues work (WeChat subscribe messages, re-checks…)
-- in the same transaction as the change that caused it; workers on any replica claim rows with
-- FOR UPDATE SKIP LOCKED, so each row is handled by one worker at a time.
create table if not exists outbox (
  id bigserial primary key,
  kind text not null,
  payload jsonb not null,
  attempts integer not null default 0,
  max_attempts integer not null default 8,
  next_attempt_at timestamptz not null,
  created_at timestamptz not null,
  sent_at timestamptz,
  -- set when the row will never be retried (permanent error or attempts exhausted)
  failed_at timestamptz,
  last_error text
);
create index if not exists outbox_due on outbox (next_attempt_at) where sent_at is null and failed_at is null;
create index if not exists outbox_kind on outbox (kind, created_at);

-- Outcome of WeChat content security (msg_sec_check v2) on citizen text, so staff see what was
-- flagged and what could not be checked while WeChat was unreachable.
create table if not exists content_checks (
  id bigserial primary key,
  subject text not null,
  openid text,
  suggest text not null check (suggest in ('pass', 'review', 'risky', 'unchecked')),
  label integer,
  trace_id text,
  checked_at timestamptz not null
);
create index if not exists content_checks_subject on content_checks (subject, checked_at);

-- Mini-program users who logged in through WeChat: subscribe messages go only to real openids
-- (never to dev logins), and msg_sec_check needs an openid seen in the last two hours.
create table if not exists wechat_users (
  openid text primary key,
  unionid text,
  first_login_at timestamptz not null,
  last_login_at timestamptz not null
);
