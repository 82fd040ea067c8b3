-- The civil registry's answer for each person a change's checks matched, one row per NIK, beside the check findings
-- the change keeps as JSON: a district's match report counts them by kecamatan and village with one grouped query.
-- Changes checked before this table existed keep their answers in the JSON only.
-- ${table_options} is empty on H2 and asks MySQL for InnoDB with utf8mb4.

create table change_request_match (
    change_request_id bigint      not null,
    nik               varchar(16) not null,
    status            varchar(20) not null,
    constraint pk_change_request_match primary key (change_request_id, nik),
    constraint fk_change_request_match_change foreign key (change_request_id) references change_request (id)
) ${table_options};
