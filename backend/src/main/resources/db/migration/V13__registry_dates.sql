-- When each household and member entered and left the registry, so that the published figures can count the registry
-- as it stood on a past day: the "before and after" of a verification period (Kutai Kartanegara 2022: 60,937
-- households before, 36,989 after).

alter table household add column removed_at timestamp null;
-- Not null from the start, with a default only until the rows below have their dates: H2 and MySQL share no syntax
-- for making an existing column not null, but both drop a default alike.
alter table household_member add column created_at timestamp default current_timestamp not null;
alter table household_member add column removed_at timestamp null;

-- Rows from before this migration take the dates the registry already kept. A removed household is never changed
-- again, so its last update is its removal. A member entered with its household, or when the change that added it was
-- applied; a removed member left when the change that removed it was applied, or else (a removal without a change)
-- at its household's last update, the closest date the registry has.
update household set removed_at = updated_at where status = 'REMOVED';
update household_member set created_at = coalesce(
    (select min(c.applied_at) from change_request c
     where c.member_id = household_member.id and c.change_type = 'ADD_MEMBER' and c.applied_at is not null),
    (select h.created_at from household h where h.id = household_member.household_id));
update household_member set removed_at = coalesce(
    (select min(c.applied_at) from change_request c
     where c.member_id = household_member.id and c.change_type = 'REMOVE_MEMBER' and c.applied_at is not null),
    (select h.updated_at from household h where h.id = household_member.household_id))
where status = 'REMOVED';
alter table household_member alter column created_at drop default;

-- The report's counts group a region's households by child region (a prefix of the village code) and read only these
-- columns, so a district's ~60,000 households and ~190,000 members are counted from these two indexes without reading
-- the tables themselves (only the population table, by primary key, for each member's e-KTP). The member index leads
-- with household_id, the join from household.
create index ix_household_report on household (village_code, status, removal_reason, created_at, removed_at);
create index ix_member_report on household_member
    (household_id, status, civil_registry_status, removal_reason, created_at, removed_at, nik);
