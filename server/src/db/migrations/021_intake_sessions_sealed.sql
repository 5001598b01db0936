-- From 021 the whole session (dialogue and personal data) is sealed in `personal`; `state` keeps only a
-- readable status line. Sessions stored in the earlier layout are short-lived chats and are dropped.
delete from intake_sessions;
comment on column intake_sessions.state is 'status only: mode, awaiting, turns, kind, route';
comment on column intake_sessions.personal is 'the whole session, AES-256-GCM sealed (privacy FieldCipher)';
