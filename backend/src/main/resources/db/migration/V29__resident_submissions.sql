-- Residents' own submissions, made without an account: a proposal (usul) of a household, theirs or a poor
-- neighbour's, or an objection (sanggah) to a listed household's eligibility. Each waits at the village operator's
-- intake as one resident-submission process instance, keyed by its tracking code, until the operator accepts it (a
-- household change then starts, change_request_*), rejects it with a reason, or, for an objection, it lapses.
-- state: WAITING, ACCEPTED, REJECTED, LAPSED. The resident's NIK is kept here only, with the submission.
create table resident_submission (
    id                    bigint        not null auto_increment,
    tracking_code         varchar(13)   not null,
    kind                  varchar(10)   not null,
    state                 varchar(10)   not null,
    village_code          varchar(13)   not null,
    subdistrict_code      varchar(13)   not null,
    district_code         varchar(13)   not null,
    submitter_nik         varchar(16)   not null,
    submitter_name        varchar(100)  not null,
    submitter_phone       varchar(16)   null,
    for_own_household     boolean       null,
    -- A proposal's proposed head, an objection's objected person: what the inbox lists it by.
    subject               varchar(100)  not null,
    -- A proposal's reason, an objection's statement.
    statement             varchar(1000) not null,
    objection_reason      varchar(20)   null,
    objected_address      varchar(200)  null,
    latitude              decimal(9, 6) null,
    longitude             decimal(9, 6) null,
    -- A proposal's household and members as the resident typed them, JSON.
    proposed_household    text          null,
    process_instance_id   varchar(64)   null,
    intake_task_id        varchar(64)   null,
    follow_up_task_id     varchar(64)   null,
    due_date              timestamp     null,
    reminded_at           timestamp     null,
    escalated_at          timestamp     null,
    lapses_at             timestamp     null,
    submitted_at          timestamp     not null,
    state_since           timestamp     not null,
    decided_by            varchar(60)   null,
    decision_reason       varchar(500)  null,
    change_request_id     bigint        null,
    change_request_number varchar(30)   null,
    version               bigint        not null,
    constraint pk_resident_submission primary key (id),
    constraint uq_resident_submission_code unique (tracking_code)
) ${table_options};
create index ix_resident_submission_village on resident_submission (village_code, state, due_date);
create index ix_resident_submission_subdistrict on resident_submission (subdistrict_code, state, due_date);

-- The files a submission came with, in the order sent: the house's photo (re-encoded, no metadata) and a
-- proposal's family card (photos, re-encoded, or one PDF).
create table resident_submission_document (
    submission_id bigint      not null,
    position      int         not null,
    document_id   bigint      not null,
    purpose       varchar(12) not null,
    constraint pk_resident_submission_document primary key (submission_id, position),
    constraint fk_resident_submission_document foreign key (submission_id) references resident_submission (id)
) ${table_options};
