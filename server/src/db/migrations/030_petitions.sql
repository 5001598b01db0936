-- Petitions (信访事项): one row per submitted matter. Personal data (phone, ID number, the citizen's
-- own words) is stored only as AES-256-GCM ciphertext; phone_index is a keyed hash for duplicate search.
create sequence if not exists petition_receipt_seq;

create table if not exists petitions (
  id bigserial primary key,
  receipt_no text not null unique,
  citizen_id text not null,
  idempotency_key text not null,
  session_id text,
  status text not null,
  kind text not null,
  topic text not null,
  route text not null,
  alternatives jsonb not null default '[]',
  level text not null,
  body text not null,
  division text not null default '',
  name text,
  phone_enc text,
  phone_index text,
  id_number_enc text,
  people integer,
  amount numeric,
  happened text,
  previous jsonb not null default '[]',
  agent jsonb,
  anonymous boolean not null default false,
  urgent boolean not null default false,
  summary text not null,
  request text,
  facts text,
  citizen_text_enc text,
  rationale text,
  citations jsonb not null default '[]',
  owner text,
  reply text,
  decision_reason text,
  referred_to text,
  rating text,
  rating_note text,
  duplicate_of bigint references petitions(id),
  submitted_at timestamptz,
  decided_at timestamptz,
  replied_at timestamptz,
  closed_at timestamptz,
  accept_due date,
  resolve_due date,
  extended_days integer not null default 0,
  created_by text not null,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  unique (citizen_id, idempotency_key)
);
create index if not exists petitions_division on petitions (division text_pattern_ops, status);
create index if not exists petitions_accept_due on petitions (accept_due);
create index if not exists petitions_submitted on petitions (submitted_at);
create index if not exists petitions_citizen on petitions (citizen_id, submitted_at desc);
create index if not exists petitions_phone_index on petitions (phone_index) where phone_index is not null;
create index if not exists petitions_duplicate_of on petitions (duplicate_of) where duplicate_of is not null;

-- Append-only audit trail: who, when, what action, the fields before and after.
create table if not exists petition_events (
  id bigserial primary key,
  petition_id bigint not null references petitions(id),
  at timestamptz not null,
  actor text not null,
  actor_role text not null,
  action text not null,
  before jsonb,
  after jsonb,
  note text
);
create index if not exists petition_events_petition on petition_events (petition_id, id);

create or replace function petition_events_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'petition_events is append-only';
end;
$$;
drop trigger if exists petition_events_no_change on petition_events;
create trigger petition_events_no_change before update or delete on petition_events
  for each row execute function petition_events_append_only();
