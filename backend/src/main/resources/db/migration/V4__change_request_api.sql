-- The change-request API: idempotent proposals and the indexes its list reads.

-- An Idempotency-Key belongs to the account that sent it (two operators may well pick the same one), so it is unique
-- per proposer. The hash is SHA-256 over the proposal as parsed, to tell a retry from a different request that reuses
-- the key. Concurrent retries race on this constraint: the loser answers with the winner's change.
alter table change_request drop constraint uq_change_request_idempotency;
alter table change_request add column idempotency_hash varchar(64);
alter table change_request add constraint uq_change_request_idempotency unique (proposed_by, idempotency_key);

-- A regional list is within one region (a village, kecamatan or district column, by the caller's scope), optionally
-- filtered by status and stage, newest first: region, status, stage, then the order. A page filtered on all three
-- reads the index backwards without sorting. These replace the indexes on the region columns alone.
create index ix_change_request_village_list on change_request (village_code, status, stage, proposed_at, id);
create index ix_change_request_subdistrict_list on change_request (subdistrict_code, status, stage, proposed_at, id);
create index ix_change_request_district_list on change_request (district_code, status, stage, proposed_at, id);
-- Unfiltered pages of a district or kecamatan read these in order and stop at the page's end, where the indexes
-- above would sort all of the region's changes first. Status and stage are not in them, so moving a change from stage
-- to stage does not touch them.
create index ix_change_request_district_newest on change_request (district_code, proposed_at, id);
create index ix_change_request_subdistrict_newest on change_request (subdistrict_code, proposed_at, id);
-- The ministry's (national) list, filtered or not.
create index ix_change_request_status_list on change_request (status, stage, proposed_at, id);
create index ix_change_request_proposed on change_request (proposed_at, id);
drop index ix_change_request_village on change_request;
drop index ix_change_request_district on change_request;
drop index ix_change_request_status_stage on change_request;
