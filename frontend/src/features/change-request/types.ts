import type { ChangeStatus, ChangeType, MayOmit, Schemas } from '@/lib/api-types';
import type { Stage } from '@/lib/stage-rules';

export type { ChangeStatus, ChangeType };

export const changeTypes = [
  'REVERIFY',
  'UPDATE',
  'REMOVE_HOUSEHOLD',
  'ADD_MEMBER',
  'REMOVE_MEMBER',
  'NEW_HOUSEHOLD',
] as const satisfies readonly ChangeType[];

/** The types proposed for a household already on the registry. */
export const existingHouseholdTypes = changeTypes.filter((type) => type !== 'NEW_HOUSEHOLD');

export const removalReasons = [
  'DECEASED',
  'MOVED',
  'DUPLICATE',
  'NOT_FOUND',
  'NO_LONGER_ELIGIBLE',
  'CIVIL_SERVANT_MILITARY_POLICE',
  'INVALID_NIK',
] as const satisfies readonly RemovalReason[];

export type RemovalReason = NonNullable<Schemas['ProposeChange']['removalReason']>;

export const sexes = ['MALE', 'FEMALE'] as const satisfies readonly Sex[];
export type Sex = Schemas['NewMember']['sex'];

export const relationships = [
  'HEAD',
  'SPOUSE',
  'CHILD',
  'PARENT',
  'OTHER_RELATIVE',
  'OTHER',
] as const satisfies readonly Relationship[];
export type Relationship = Schemas['NewMember']['relationship'];

export type { Stage };

/** The DTKS questionnaire's choices, as the backend's WelfareAttributes names them. */
export const welfareChoices = {
  houseOwnership: ['OWNED', 'RENTED', 'RENT_FREE', 'OFFICIAL', 'OTHER'],
  floorMaterial: ['SOIL', 'BAMBOO', 'LOW_QUALITY_WOOD', 'CEMENT', 'CERAMIC'],
  wallMaterial: ['BAMBOO', 'WOOD', 'PLASTERED_BRICK', 'UNPLASTERED_BRICK'],
  roofMaterial: ['THATCH', 'ZINC', 'ASBESTOS', 'TILE', 'CONCRETE'],
  drinkingWater: ['BOTTLED', 'PIPED', 'PROTECTED_WELL', 'UNPROTECTED_WELL', 'RIVER', 'RAINWATER'],
  lighting: ['PLN_METERED', 'PLN_UNMETERED', 'NON_PLN', 'NONE'],
  sanitation: ['PRIVATE', 'SHARED', 'PUBLIC', 'NONE'],
  cookingFuel: ['LPG', 'KEROSENE', 'FIREWOOD', 'ELECTRICITY'],
} as const satisfies { [K in WelfareChoice]: readonly Schemas['WelfareAttributes'][K][] };

export type WelfareChoice = Exclude<
  keyof Schemas['WelfareAttributes'],
  'floorAreaM2' | 'monthlyExpenditure'
>;

export type Welfare = {
  [K in WelfareChoice]?: (typeof welfareChoices)[K][number] | null;
} & {
  floorAreaM2?: number | null;
  /** Rupiah per month, the household's whole spending. */
  monthlyExpenditure?: number | null;
};

export type NewMember = Schemas['NewMember'];

export type NewHousehold = Omit<Schemas['NewHousehold'], 'welfare'> & { welfare: Welfare };

export type HouseholdUpdate = Omit<Partial<Schemas['HouseholdUpdate']>, 'welfare'> & {
  welfare?: Welfare;
};

/** `POST /api/change-requests`: which parts a type needs is the server's ProposeChange. */
export type CreateChangeRequest = Omit<Schemas['ProposeChange'], 'household' | 'update'> & {
  household?: NewHousehold;
  update?: HouseholdUpdate;
};

/** The answer to a proposal (the parts used here); `householdId`: none yet for a new one. */
export type ChangeRequestDetails = Omit<
  MayOmit<
    Pick<
      Schemas['ChangeRequestDetails'],
      'id' | 'number' | 'type' | 'householdId' | 'status' | 'stage' | 'dueDate'
    >,
    'householdId' | 'dueDate'
  >,
  'stage'
> & { stage: Stage };

/** A change in a list. */
export type ChangeRequestSummary = Omit<
  MayOmit<Schemas['ChangeRequestSummary'], 'villageName' | 'householdHead' | 'dueDate'>,
  'stage'
> & { stage: Stage };

export interface ChangeFilter {
  household: number;
  page: number;
  size: number;
}

export const changeStatuses = [
  'IN_PROGRESS',
  'APPROVED',
  'REJECTED',
  'WITHDRAWN',
] as const satisfies readonly ChangeStatus[];

/** The orders a change list sorts in; a leading `-` is descending. Newest first by default. */
export const changeSorts = ['-proposed', 'proposed', 'due', 'number', 'village'] as const;
export type ChangeSort = (typeof changeSorts)[number];

/** What a region's change list shows: every part optional, all of the user's region without any. */
export type ChangeListFilter = {
  /** A kecamatan or village under the user's region. */
  region?: string;
  status?: ChangeStatus;
  stage?: Stage;
  type?: ChangeType;
  sort?: ChangeSort;
};

type HouseholdView = Schemas['HouseholdView'];

/** The parts of a household's details the form needs: its members to pick from, its current values. */
export type HouseholdMember = Pick<
  Schemas['MemberView'],
  'id' | 'name' | 'relationship' | 'status'
>;

export type HouseholdForChange = Pick<
  HouseholdView,
  'id' | 'kkNumber' | 'address' | 'rt' | 'rw' | 'villageCode' | 'status'
> & { welfare?: Welfare; members: HouseholdMember[] };

/** `parentCode`: none for a province. */
export type Region = MayOmit<Schemas['RegionView'], 'parentCode'>;
