-- The inbox's search by NIK finds every change under way that concerns the person, through indexes only: the registry's
-- members by ix_member_nik, their households' changes by ix_change_request_household, the people proposed by the
-- index below, and those changes' open tasks by the index of fk_work_item_change (H2 and MySQL both index a foreign
-- key's columns), which the inbox's query uses now that a search by NIK is a condition of its own.
-- ${table_options} is empty on H2 and asks MySQL for InnoDB with utf8mb4.

-- The whole NIKs a change would put on the list (a new household's members, the member added), one row per NIK beside
-- the proposal the change keeps as JSON: such a person is on no household yet, so the registry's members cannot lead
-- to the change. V20 fills it for the changes proposed before it existed.
create table change_request_proposed_nik (
    change_request_id bigint      not null,
    nik               varchar(16) not null,
    constraint pk_change_request_proposed_nik primary key (change_request_id, nik),
    constraint fk_change_request_proposed_nik_change foreign key (change_request_id) references change_request (id)
) ${table_options};
create index ix_change_request_proposed_nik on change_request_proposed_nik (nik, change_request_id);
