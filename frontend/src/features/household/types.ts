import type { MayOmit, Schemas } from '@/lib/api-types';

type HouseholdView = Schemas['HouseholdView'];
type MemberView = Schemas['MemberView'];

export type RecordStatus = HouseholdView['status'];

export type RemovalReason = HouseholdView['removalReason'];

export type Sex = MemberView['sex'];

export type Relationship = MemberView['relationship'];

export type CivilRegistryStatus = MemberView['civilRegistryStatus'];

/** A household in a list: KK and NIK masked; no head's name or NIK without a head. */
export type HouseholdSummary = MayOmit<
  Schemas['HouseholdSummaryView'],
  'headName' | 'headNikMasked'
>;

/** The DTKS questionnaire's answers; those not recorded are absent. */
export type Welfare = Partial<Schemas['WelfareAttributes']>;

/** `removalReason`: only for a removed member. */
export type Member = MayOmit<MemberView, 'removalReason'>;

/** A household's details with its members and their full NIKs. */
export type Household = Omit<
  MayOmit<HouseholdView, 'welfare' | 'removalReason'>,
  'welfare' | 'members'
> & { welfare?: Welfare; members: Member[] };

/** The orders a household list sorts in; a leading `-` is descending. */
export const householdSorts = [
  'village',
  'headName',
  '-headName',
  'address',
  '-registered',
  'registered',
] as const;
export type HouseholdSort = (typeof householdSorts)[number];

/** What a household list shows: every part optional, all of the user's region without any. */
export type HouseholdListFilter = {
  q?: string;
  /** A kecamatan or village under the user's region. */
  region?: string;
  status?: RecordStatus;
  changeInFlight?: boolean;
  sort?: HouseholdSort;
};
