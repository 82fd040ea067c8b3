-- Household change requests, their decisions (append-only) and the per-district numbering.
-- ${table_options} is empty on H2 and asks MySQL for InnoDB with utf8mb4.

-- When a household's registry entry was last confirmed by an approved re-verification.
alter table household add column last_verified_at timestamp null;

create table change_request (
    id                    bigint        not null auto_increment,
    number                varchar(30)   not null,
    change_type           varchar(20)   not null,
    removal_reason        varchar(40),
    reason                varchar(500),
    note                  varchar(1000),
    -- The proposed values as JSON: a new household, a new member or the changed fields.
    payload               text,
    household_id          bigint,
    member_id             bigint,
    village_code          varchar(13)   not null,
    subdistrict_code      varchar(13)   not null,
    district_code         varchar(13)   not null,
    proposed_by           varchar(60)   not null,
    proposed_at           timestamp     not null,
    status                varchar(20)   not null,
    stage                 varchar(30)   not null,
    due_date              timestamp     null,
    overdue               boolean       not null,
    reminded_at           timestamp     null,
    process_instance_id   varchar(64),
    civil_registry_result varchar(40),
    -- The checks' findings as JSON: civil-registry result per NIK, duplicate households, failure code.
    check_findings        text,
    applied_at            timestamp     null,
    idempotency_key       varchar(80),
    version               bigint        not null,
    constraint pk_change_request primary key (id),
    constraint uq_change_request_number unique (number),
    constraint uq_change_request_process unique (process_instance_id),
    constraint uq_change_request_idempotency unique (idempotency_key)
) ${table_options};
create index ix_change_request_status_stage on change_request (status, stage);
create index ix_change_request_district on change_request (district_code);
create index ix_change_request_village on change_request (village_code);
create index ix_change_request_household on change_request (household_id);
create index ix_change_request_member on change_request (member_id);
-- Foreign keys after the indexes, so that MySQL uses those instead of adding its own.
alter table change_request add constraint fk_change_request_household
    foreign key (household_id) references household (id);
alter table change_request add constraint fk_change_request_member
    foreign key (member_id) references household_member (id);

-- Who decided what at which stage. Rows are only ever inserted.
create table change_request_decision (
    id                bigint        not null auto_increment,
    change_request_id bigint        not null,
    stage             varchar(30)   not null,
    actor             varchar(60)   not null,
    decision          varchar(10)   not null,
    reason            varchar(500),
    note              varchar(1000),
    -- The ratification letter's, decree's or minutes' number.
    reference         varchar(100),
    reference_date    date,
    decided_at        timestamp     not null,
    constraint pk_change_request_decision primary key (id)
) ${table_options};
create index ix_change_request_decision_change on change_request_decision (change_request_id, decided_at);
alter table change_request_decision add constraint fk_change_request_decision_change
    foreign key (change_request_id) references change_request (id);

-- The last number given to a change in a district and year (CR-6112-2026-000123). The columns avoid the names year
-- and last_value: H2 reserves YEAR and MySQL 8 reserves LAST_VALUE.
create table change_request_sequence (
    district_code varchar(13) not null,
    number_year   int         not null,
    last_number   bigint      not null,
    constraint pk_change_request_sequence primary key (district_code, number_year)
) ${table_options};
