-- Changes counted per village, day proposed, whether ended and day ended (in the registry's time zone), with the
-- last moment one ended, so that the progress dashboard adds up a few thousand rows instead of reading every change of
-- a district. A write to a village's changes that moves these counts leaves a mark (change_progress_tally_mark); the
-- village is counted again from its changes before the next dashboard that covers it (and every few seconds in the
-- background).
create table change_progress_tally (
    village_code     varchar(13) not null,
    proposed_on      date        not null,
    done             boolean     not null,
    finished_on      date        null,
    changes          bigint      not null,
    last_finished_at timestamp   null
) ${table_options};
create index ix_change_progress_tally on change_progress_tally (village_code, proposed_on);

create table change_progress_tally_mark (
    id           bigint      not null auto_increment,
    village_code varchar(13) not null,
    constraint pk_change_progress_tally_mark primary key (id)
) ${table_options};
create index ix_change_progress_tally_mark_village on change_progress_tally_mark (village_code, id);

-- "Ended lately" is a window from a moment fourteen days ago until now: the changes that ended on its first and last
-- days are counted from the changes themselves, a range of finish times within a district or a kecamatan.
create index ix_change_request_district_finished
    on change_request (district_code, finished_at, subdistrict_code, proposed_at);
create index ix_change_request_subdistrict_finished
    on change_request (subdistrict_code, finished_at, village_code, proposed_at);

-- Every village with changes before this migration is counted by the first dashboard or background pass.
insert into change_progress_tally_mark (village_code) select distinct village_code from change_request;
