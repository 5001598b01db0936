-- Every chat turn rewrites its session row and moves expires_at; an index on it made every update
-- non-HOT and doubled write cost. Expired rows are purged rarely, where a sequential scan is fine.
drop index if exists intake_sessions_expires;
