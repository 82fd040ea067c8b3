-- The region an audit event concerns (a household's village, a change's village, a report's region), so that an
-- auditor's lists stay within the auditor's region without reading other features' tables. Null for events of no
-- region (a sign-in, a national report). Part of the hash for events that have one.
alter table audit_event add column region_code varchar(13);
create index ix_audit_event_action_region on audit_event (action, region_code, id);
