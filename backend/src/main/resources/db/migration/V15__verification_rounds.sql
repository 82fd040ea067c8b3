-- Verification rounds (putaran verivali): a district re-verifies its whole list, or chosen kecamatan, one
-- re-verification change per household, started in the background in short batches from a persisted cursor.
-- ${table_options} is empty on H2 and asks MySQL for InnoDB with utf8mb4.

create table verification_round (
    id                     bigint       not null auto_increment,
    name                   varchar(200) not null,
    district_code          varchar(13)  not null,
    starts_on              date         not null,
    status                 varchar(20)  not null,
    opened_by              varchar(100) not null,
    opened_at              timestamp    not null,
    -- The registry's highest household id at opening: households registered later are not in the round.
    last_household_id      bigint       not null,
    households_total       int          not null,
    changes_started        int          not null,
    already_in_progress    int          not null,
    left_registry          int          not null,
    -- Where the next batch starts: after this household of this village (villages in code order, ids within).
    cursor_village_code    varchar(13)  not null,
    cursor_household_id    bigint       not null,
    -- Time spent starting, pauses excluded, for the rate: seconds before the current run, and when it began.
    seconds_run_before     bigint       not null,
    running_since          timestamp    null,
    all_started_at         timestamp    null,
    version                bigint       not null,
    constraint pk_verification_round primary key (id),
    constraint fk_verification_round_district foreign key (district_code) references region (code)
) ${table_options};
create index ix_verification_round_status on verification_round (status, id);
create index ix_verification_round_district on verification_round (district_code, id);

create table verification_round_subdistrict (
    round_id          bigint      not null,
    subdistrict_code  varchar(13) not null,
    target_date       date        not null,
    households_total  int         not null,
    constraint pk_verification_round_subdistrict primary key (round_id, subdistrict_code),
    constraint fk_verification_round_subdistrict_round foreign key (round_id) references verification_round (id)
) ${table_options};

-- One row per household of a round, whatever happens: the primary key is what makes a retried or resumed batch
-- unable to start a second change for a household.
create table verification_round_household (
    round_id          bigint      not null,
    household_id      bigint      not null,
    change_request_id bigint      not null,
    subdistrict_code  varchar(13) not null,
    village_code      varchar(13) not null,
    entry             varchar(30) not null,
    constraint pk_verification_round_household primary key (round_id, household_id),
    constraint fk_verification_round_household_round foreign key (round_id) references verification_round (id),
    constraint fk_verification_round_household_change foreign key (change_request_id) references change_request (id)
) ${table_options};
create index ix_verification_round_household_region
    on verification_round_household (round_id, subdistrict_code, village_code, entry);
create index ix_verification_round_household_change on verification_round_household (change_request_id);
