-- The supervisors' views: escalations and deadlines over the inbox's read model, the districts' target dates per
-- kecamatan, and each region's progress towards them over change requests. Every count is one grouped read of an
-- index that holds all the columns it needs, so that a district's dashboard at 150,000 open changes never touches the
-- rows themselves, nor Camunda's tables.
-- ${table_options} is empty on H2 and asks MySQL for InnoDB with utf8mb4.

-- When a level's task was escalated: its follow-up opened at the level above while the task was still open.
alter table work_item add column escalated_at timestamp null;

-- Open work of a district by kecamatan and stage, and of a kecamatan by village and stage: due dates and escalations
-- counted from the index alone. The deadline view reads open non-follow-up items only, hence state and follow_up
-- right after the region; the child region next, so that the oldest overdue task of one child and stage is a seek.
create index ix_work_item_district_deadlines
    on work_item (district_code, state, follow_up, subdistrict_code, stage, due_date, escalated_at);
create index ix_work_item_subdistrict_deadlines
    on work_item (subdistrict_code, state, follow_up, village_code, stage, due_date, escalated_at);

-- A regional supervisor's inbox: the national SUPERVISOR group's open follow-ups of changes in its district (or a
-- range of districts for a province), earliest due first.
create index ix_work_item_follow_ups
    on work_item (candidate_role, candidate_region, state, district_code, due_date, task_id);

-- When a change ended (approved, rejected or withdrawn), for the rate at which a region finishes its work. Changes
-- that ended before this column existed take the time they were applied or, failing that, their last decision; a
-- change withdrawn before any decision keeps null and counts as done without a finishing day.
alter table change_request add column finished_at timestamp null;
update change_request
set finished_at = coalesce(
        applied_at,
        (select max(d.decided_at) from change_request_decision d where d.change_request_id = change_request.id))
where status <> 'IN_PROGRESS';

-- Progress of a district by kecamatan and of a kecamatan by village: proposed since the target's start, done, done
-- lately and the last finish, all from the index.
create index ix_change_request_district_progress
    on change_request (district_code, subdistrict_code, proposed_at, status, finished_at);
create index ix_change_request_subdistrict_progress
    on change_request (subdistrict_code, village_code, proposed_at, status, finished_at);

-- The date by which a district wants a kecamatan's verification done, and from when its work counts (null: all of
-- it). version guards against two officials moving one target at once.
create table supervision_target (
    region_code varchar(13) not null,
    target_date date        not null,
    starts_on   date,
    set_by      varchar(60) not null,
    set_at      timestamp   not null,
    version     bigint      not null,
    constraint pk_supervision_target primary key (region_code),
    constraint fk_supervision_target_region foreign key (region_code) references region (code)
) ${table_options};
