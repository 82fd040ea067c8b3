-- The append-only audit log: each event stores the SHA-256 of its content and of the event before it, so that a row
-- edited or deleted afterwards breaks the chain. audit_chain holds the chain's head; appends lock its one row.

create table audit_event (
    id            bigint       not null,
    occurred_at   timestamp    not null,
    actor         varchar(60)  not null,
    action        varchar(40)  not null,
    subject_type  varchar(40),
    subject_id    varchar(64),
    details       varchar(2000),
    previous_hash char(64)     not null,
    hash          char(64)     not null,
    constraint pk_audit_event primary key (id)
) ${table_options};
create index ix_audit_event_subject on audit_event (subject_type, subject_id, id);
create index ix_audit_event_actor on audit_event (actor, occurred_at);

create table audit_chain (
    id        int      not null,
    last_id   bigint   not null,
    last_hash char(64) not null,
    constraint pk_audit_chain primary key (id)
) ${table_options};
insert into audit_chain (id, last_id, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
