-- The published figures of each village, kept so that a district's report adds up a few hundred rows instead of
-- counting ~60,000 households and ~190,000 members on every request. A write to a village's households, members or
-- removals in progress leaves a mark (registry_tally_mark) in its own transaction; the village is counted again from
-- the registry, alone, before the next report that covers it (and every few seconds in the background), and its marks
-- are then deleted. A village with neither a tally nor a mark has nothing on the registry.
create table registry_tally (
    village_code          varchar(13) not null,
    households            bigint      not null,
    members               bigint      not null,
    matched               bigint      not null,
    not_matched           bigint      not null,
    unchecked             bigint      not null,
    died                  bigint      not null,
    proposed_for_deletion bigint      not null,
    without_ektp          bigint      not null,
    counted_at            timestamp   not null,
    constraint pk_registry_tally primary key (village_code)
) ${table_options};

-- How many households and members entered and left a village's registry each day (in the registry's time zone): the
-- registry at the start of day D counts those that entered before D (moved_on) less those that left before D, so a report's
-- "before" and "after" add up these rows for any period.
create table registry_tally_day (
    village_code   varchar(13) not null,
    moved_on       date        not null,
    households_in  bigint     not null,
    households_out bigint     not null,
    members_in     bigint     not null,
    members_out    bigint     not null,
    constraint pk_registry_tally_day primary key (village_code, moved_on)
) ${table_options};

-- Villages whose tally is out of date. Writers only insert, so they never wait on each other or on a count.
create table registry_tally_mark (
    id           bigint      not null auto_increment,
    village_code varchar(13) not null,
    constraint pk_registry_tally_mark primary key (id)
) ${table_options};
create index ix_registry_tally_mark_village on registry_tally_mark (village_code, id);

-- Everything on the registry before this migration is counted by the first report or background pass.
insert into registry_tally_mark (village_code) select distinct village_code from household;
