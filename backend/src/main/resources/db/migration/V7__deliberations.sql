-- Uploaded documents (a deliberation's signed minutes) with their SHA-256, and deliberations: village
-- deliberations, kecamatan plenaries, district approvals and ministry decrees, each deciding many changes at once.
-- ${table_options} is empty on H2 and asks MySQL for InnoDB with utf8mb4.

-- longblob: H2 takes it as a BLOB; on MySQL a plain blob stops at 64 KB.
create table document (
    id           bigint       not null auto_increment,
    filename     varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    sha256       char(64)     not null,
    content      longblob     not null,
    uploaded_by  varchar(60)  not null,
    uploaded_at  timestamp    not null,
    constraint pk_document primary key (id)
) ${table_options};

-- region_code is null for a ministry decree, which is national.
create table deliberation (
    id                  bigint       not null auto_increment,
    deliberation_level  varchar(12)  not null,
    region_code         varchar(13),
    held_on             date         not null,
    place               varchar(200) not null,
    minutes_number      varchar(100) not null,
    minutes_document_id bigint       not null,
    minutes_sha256      char(64)     not null,
    decision_count      int          not null,
    held_by             varchar(60)  not null,
    recorded_at         timestamp    not null,
    constraint pk_deliberation primary key (id)
) ${table_options};
-- Lists within a region, newest first.
create index ix_deliberation_region on deliberation (region_code, id);
alter table deliberation add constraint fk_deliberation_minutes
    foreign key (minutes_document_id) references document (id);

create table deliberation_attendee (
    deliberation_id bigint       not null,
    item_no         int          not null,
    name            varchar(100) not null,
    constraint pk_deliberation_attendee primary key (deliberation_id, item_no),
    constraint fk_deliberation_attendee foreign key (deliberation_id) references deliberation (id)
) ${table_options};

-- One row per change the deliberation decided, in the order the minutes list them.
create table deliberation_decision (
    deliberation_id       bigint        not null,
    item_no               int           not null,
    task_id               varchar(64)   not null,
    change_request_id     bigint        not null,
    change_request_number varchar(30)   not null,
    decision              varchar(10)   not null,
    reason                varchar(500),
    note                  varchar(1000),
    constraint pk_deliberation_decision primary key (deliberation_id, item_no),
    constraint fk_deliberation_decision foreign key (deliberation_id) references deliberation (id)
) ${table_options};
-- Which deliberations decided a change.
create index ix_deliberation_decision_change on deliberation_decision (change_request_id);
alter table deliberation_decision add constraint fk_deliberation_decision_change
    foreign key (change_request_id) references change_request (id);
