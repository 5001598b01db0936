create extension if not exists vector;

-- One row per corpus file; content_hash lets start-up skip an unchanged corpus.
create table if not exists kb_documents (
  id text primary key,
  title text not null,
  short_title text not null,
  issuer text,
  promulgated text,
  effective text,
  status text not null,
  current boolean not null,
  source text,
  meta jsonb not null default '{}',
  content_hash text not null
);

-- One row per article (legal texts) or section (other documents).
-- The embedding column is added by ingest, sized for the active embedder.
create table if not exists kb_chunks (
  id bigserial primary key,
  doc_id text not null references kb_documents(id) on delete cascade,
  ord integer not null,
  article text,
  chapter text,
  text text not null,
  tsv tsvector not null
);
create index if not exists kb_chunks_tsv on kb_chunks using gin (tsv);
create index if not exists kb_chunks_doc on kb_chunks (doc_id, ord);

-- Document frequency per lexical term (idf weighting of full-text matches).
create table if not exists kb_terms (
  term text primary key,
  df integer not null
);

create table if not exists kb_state (
  key text primary key,
  value text not null
);
