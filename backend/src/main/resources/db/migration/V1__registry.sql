-- Regions, the household registry, the civil-registry reference table and user accounts.
-- ${table_options} is empty on H2 and asks MySQL for InnoDB with utf8mb4.

create table region (
    code        varchar(13)  not null,
    name        varchar(120) not null,
    region_level varchar(12) not null,
    parent_code varchar(13),
    constraint pk_region primary key (code)
) ${table_options};
create index ix_region_parent on region (parent_code);

create table reference_dataset (
    name      varchar(40) not null,
    version   varchar(60) not null,
    row_count int         not null,
    loaded_at timestamp   not null,
    constraint pk_reference_dataset primary key (name)
) ${table_options};

create table household (
    id                  bigint       not null auto_increment,
    kk_number           varchar(16)  not null,
    address             varchar(200) not null,
    rt                  varchar(3)   not null,
    rw                  varchar(3)   not null,
    village_code        varchar(13)  not null,
    status              varchar(20)  not null,
    removal_reason      varchar(40),
    house_ownership     varchar(20),
    floor_area_m2       int,
    floor_material      varchar(20),
    wall_material       varchar(20),
    roof_material       varchar(20),
    drinking_water      varchar(30),
    lighting            varchar(20),
    sanitation          varchar(20),
    cooking_fuel        varchar(20),
    monthly_expenditure bigint,
    created_at          timestamp    not null,
    updated_at          timestamp    not null,
    version             bigint       not null,
    constraint pk_household primary key (id),
    constraint fk_household_village foreign key (village_code) references region (code)
) ${table_options};
create index ix_household_village on household (village_code, id);
create index ix_household_kk on household (kk_number);

create table household_member (
    id                    bigint       not null auto_increment,
    household_id          bigint       not null,
    nik                   varchar(16)  not null,
    name                  varchar(100) not null,
    birth_date            date         not null,
    sex                   varchar(6)   not null,
    relationship          varchar(20)  not null,
    civil_registry_status varchar(20)  not null,
    status                varchar(20)  not null,
    removal_reason        varchar(40),
    version               bigint       not null,
    constraint pk_member primary key (id),
    constraint fk_member_household foreign key (household_id) references household (id)
) ${table_options};
create index ix_member_household on household_member (household_id, relationship);
create index ix_member_nik on household_member (nik);

-- The civil registry's (Dukcapil's) view of residents, read by the civil-registry check.
create table population (
    nik           varchar(16)  not null,
    kk_number     varchar(16)  not null,
    name          varchar(100) not null,
    birth_date    date         not null,
    sex           varchar(6)   not null,
    village_code  varchar(13)  not null,
    status        varchar(12)  not null,
    died_on       date,
    moved_to_code varchar(13),
    has_ektp      boolean      not null,
    constraint pk_population primary key (nik)
) ${table_options};
create index ix_population_kk on population (kk_number);

create table app_user (
    id            bigint       not null auto_increment,
    username      varchar(60)  not null,
    password_hash varchar(100) not null,
    full_name     varchar(120) not null,
    role          varchar(30)  not null,
    region_code   varchar(13),
    enabled       boolean      not null,
    created_at    timestamp    not null,
    constraint pk_app_user primary key (id),
    constraint uq_app_user_username unique (username),
    constraint fk_app_user_region foreign key (region_code) references region (code)
) ${table_options};
