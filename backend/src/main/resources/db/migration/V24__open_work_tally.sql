-- Open decision tasks (follow-ups left out) counted per village, stage, due day (in the registry's time zone) and
-- whether they were escalated, so that the deadlines dashboard adds up a few thousand rows instead of reading every
-- open task of a district. A write to a village's work items leaves a mark (open_work_tally_mark) in its own
-- transaction; the village is counted again from its work items before the next dashboard that covers it (and every
-- few seconds in the background). A village with neither rows nor marks has no open work.
create table open_work_tally (
    subdistrict_code varchar(13) not null,
    village_code     varchar(13) not null,
    stage            varchar(30) not null,
    due_on           date        null,
    escalated        boolean     not null,
    open_count       bigint      not null
) ${table_options};
-- A district's kecamatan and a kecamatan's villages are each read in the order of one index that holds every column
-- the dashboard adds up, so the database groups them as it reads them, without sorting.
create index ix_open_work_tally_subdistrict
    on open_work_tally (subdistrict_code, stage, due_on, escalated, open_count);
create index ix_open_work_tally_village on open_work_tally (village_code, stage, due_on, escalated, open_count);

create table open_work_tally_mark (
    id           bigint      not null auto_increment,
    village_code varchar(13) not null,
    constraint pk_open_work_tally_mark primary key (id)
) ${table_options};
create index ix_open_work_tally_mark_village on open_work_tally_mark (village_code, id);

-- "Overdue" and "due soon" end at a moment within a day (now, and seven days on): the tasks of those two days are
-- counted from the work items themselves, the shorter side of each moment, a range of due dates within a district or
-- a kecamatan.
create index ix_work_item_district_due
    on work_item (district_code, state, follow_up, due_date, subdistrict_code, stage);
create index ix_work_item_subdistrict_due
    on work_item (subdistrict_code, state, follow_up, due_date, village_code, stage);

-- Every village with open work before this migration is counted by the first dashboard or background pass.
insert into open_work_tally_mark (village_code) select distinct village_code from work_item where state = 'OPEN';
