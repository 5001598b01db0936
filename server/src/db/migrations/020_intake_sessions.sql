-- Chat sessions of the intake dialogue; a restart mid-conversation loses nothing, old ones expire.
-- `personal` holds the citizen's name/phone/ID encrypted (privacy FieldCipher, AES-256-GCM under DATA_KEY).
create table if not exists intake_sessions (
  id uuid primary key,
  state jsonb not null,
  personal text not null,
  version integer not null default 0,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  expires_at timestamptz not null
);
create index if not exists intake_sessions_expires on intake_sessions (expires_at);
