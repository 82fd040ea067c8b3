-- The inbox's search. A change number is looked up on an index of its own. A household head's name is matched within
-- the caller's inbox (role, region, open) on an index that holds the name, so that only the matching rows are read.
create index ix_work_item_number on work_item (change_request_number);
create index ix_work_item_inbox_head on work_item (candidate_role, candidate_region, state, household_head);
