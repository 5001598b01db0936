-- Console staff accounts and their sessions. division_prefix scopes what a user may see
-- ('' = the whole deployment); sessions store only a hash of the cookie token.
create table if not exists staff_users (
  id bigserial primary key,
  username text not null unique,
  display_name text not null,
  role text not null,
  division_prefix text not null default '',
  password_hash text not null,
  failed_attempts integer not null default 0,
  locked_until timestamptz,
  disabled boolean not null default false,
  created_at timestamptz not null
);

create table if not exists staff_sessions (
  token_hash text primary key,
  user_id bigint not null references staff_users(id),
  csrf_token text not null,
  created_at timestamptz not null,
  expires_at timestamptz not null
);
create index if not exists staff_sessions_user on staff_sessions (user_id);
