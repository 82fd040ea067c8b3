-- The inbox's read model: one row per user task of a household change, kept in step with the engine by task
-- listeners in the engine's transaction. Inboxes and deadline lists query these indexed columns instead of
-- Camunda's TaskQuery with process-variable filters (about 1.3 s per query at district scale).
-- candidate_region is '' for a national group (MINISTRY_OFFICER, SUPERVISOR) so that the inbox index needs no NULLs.

create table work_item (
    task_id               varchar(64)  not null,
    process_instance_id   varchar(64)  not null,
    change_request_id     bigint       not null,
    change_request_number varchar(30)  not null,
    change_type           varchar(20)  not null,
    task_key              varchar(64)  not null,
    stage                 varchar(30)  not null,
    follow_up             boolean      not null,
    candidate_role        varchar(30)  not null,
    candidate_region      varchar(13)  not null,
    village_code          varchar(13)  not null,
    subdistrict_code      varchar(13)  not null,
    district_code         varchar(13)  not null,
    household_head        varchar(100),
    due_date              timestamp    null,
    claimed_by            varchar(60),
    state                 varchar(10)  not null,
    created_at            timestamp    not null,
    closed_at             timestamp    null,
    closed_by             varchar(60),
    constraint pk_work_item primary key (task_id),
    constraint fk_work_item_change foreign key (change_request_id) references change_request (id)
) ${table_options};
create index ix_work_item_inbox on work_item (candidate_role, candidate_region, state, due_date, task_id);
create index ix_work_item_inbox_stage on work_item (candidate_role, candidate_region, state, stage, due_date);
create index ix_work_item_district on work_item (district_code, state, stage, due_date);
create index ix_work_item_subdistrict on work_item (subdistrict_code, state, stage, due_date);
create index ix_work_item_process on work_item (process_instance_id);
