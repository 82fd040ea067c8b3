-- Field work: the field checks of a village as a worklist, the visits that decided them, the field sheets imported
-- back, and the dusun (hamlet) each RW of a village belongs to.

-- A village's dusun by RW, as the village keeps its own structure (dusun > RW > RT); a village without rows here
-- simply has no dusun filter.
create table hamlet (
    village_code varchar(13) not null,
    rw           varchar(3)  not null,
    name         varchar(60) not null,
    constraint pk_hamlet primary key (village_code, rw)
) ${table_options};

-- The worklist's read model: one row per field check task, written with the task in the engine's transaction.
-- state: TO_VISIT (open, no visit yet), VISITED (a visit recorded, not decided), DECIDED, CANCELLED (the change was
-- withdrawn or the task closed without a decision).
create table field_check (
    task_id               varchar(64)  not null,
    change_request_id     bigint       not null,
    change_request_number varchar(30)  not null,
    change_type           varchar(20)  not null,
    household_id          bigint       null,
    round_id              bigint       null,
    village_code          varchar(13)  not null,
    subdistrict_code      varchar(13)  not null,
    head_name             varchar(100) null,
    address               varchar(200) null,
    rt                    varchar(3)   null,
    rw                    varchar(3)   null,
    due_date              timestamp    null,
    state                 varchar(10)  not null,
    opened_at             timestamp    not null,
    decided_at            timestamp    null,
    decided_by            varchar(60)  null,
    version               bigint       not null,
    constraint pk_field_check primary key (task_id)
) ${table_options};
create index ix_field_check_village on field_check (village_code, state, rw, rt, address);
create index ix_field_check_subdistrict on field_check (subdistrict_code, village_code, state);
create index ix_field_check_change on field_check (change_request_id);

-- A visit to a household: what the enumerator found, when, the DTKS questionnaire's welfare indicators, the members'
-- NIKs as their KTPs show where they differ, and the house's photo (stored re-encoded: no EXIF survives but its
-- location, kept here) with its thumbnail. One per field check task; import_id when it came in a field sheet.
create table field_visit (
    id                    bigint       not null auto_increment,
    task_id               varchar(64)  not null,
    change_request_id     bigint       not null,
    change_request_number varchar(30)  not null,
    village_code          varchar(13)  not null,
    finding               varchar(30)  not null,
    reason                varchar(500) null,
    visited_on            date         not null,
    enumerator            varchar(100) not null,
    house_ownership       varchar(20)  null,
    floor_area_m2         int          null,
    floor_material        varchar(20)  null,
    wall_material         varchar(20)  null,
    roof_material         varchar(20)  null,
    drinking_water        varchar(20)  null,
    lighting              varchar(20)  null,
    sanitation            varchar(20)  null,
    cooking_fuel          varchar(20)  null,
    monthly_expenditure   bigint       null,
    member_notes          varchar(4000) null,
    photo_document_id     bigint       null,
    photo_sha256          char(64)     null,
    thumbnail_document_id bigint       null,
    latitude              decimal(9,6) null,
    longitude             decimal(9,6) null,
    import_id             bigint       null,
    -- The decision the finding made (APPROVE or REJECT), once decided; an import's jobs apply it.
    decision              varchar(10)  null,
    decided               boolean      not null,
    recorded_by           varchar(60)  not null,
    recorded_at           timestamp    not null,
    version               bigint       not null,
    constraint pk_field_visit primary key (id),
    constraint uq_field_visit_task unique (task_id),
    constraint fk_field_visit_photo foreign key (photo_document_id) references document (id),
    constraint fk_field_visit_thumbnail foreign key (thumbnail_document_id) references document (id)
) ${table_options};
create index ix_field_visit_change on field_visit (change_request_id);
create index ix_field_visit_import on field_visit (import_id);

-- A filled field sheet uploaded by a village operator: kept with its SHA-256 until confirmed, then the visits it
-- decided point at it. status: PREVIEWED, CONFIRMED.
create table field_import (
    id             bigint       not null auto_increment,
    village_code   varchar(13)  not null,
    filename       varchar(255) not null,
    sha256         char(64)     not null,
    content        longblob     not null,
    rows_total     int          not null,
    rows_to_decide int          not null,
    status         varchar(12)  not null,
    uploaded_by    varchar(60)  not null,
    uploaded_at    timestamp    not null,
    confirmed_at   timestamp    null,
    version        bigint       not null,
    constraint pk_field_import primary key (id)
) ${table_options};
create index ix_field_import_village on field_import (village_code, sha256, status);

-- The field checks already open, or decided, before this migration join the worklist from the inbox's work items.
insert into field_check (task_id, change_request_id, change_request_number, change_type, household_id, round_id,
                         village_code, subdistrict_code, head_name, address, rt, rw, due_date, state, opened_at,
                         decided_at, decided_by, version)
select w.task_id, w.change_request_id, w.change_request_number, c.change_type, c.household_id,
       (select min(r.round_id) from verification_round_household r where r.change_request_id = c.id),
       w.village_code, w.subdistrict_code, w.household_head, h.address, h.rt, h.rw, w.due_date,
       case when w.state = 'OPEN' then 'TO_VISIT' when w.state = 'CANCELLED' then 'CANCELLED' else 'DECIDED' end,
       w.created_at, w.closed_at, w.closed_by, 0
from work_item w
join change_request c on c.id = w.change_request_id
left join household h on h.id = c.household_id
where w.task_key = 'Task_FieldCheck' and w.follow_up = false;
