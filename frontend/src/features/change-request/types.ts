import type { Stage } from '@/lib/stage-rules';

export const changeTypes = [
  'REVERIFY',
  'UPDATE',
  'REMOVE_HOUSEHOLD',
  'ADD_MEMBER',
  'REMOVE_MEMBER',
  'NEW_HOUSEHOLD',
] as const;

export type ChangeType = (typeof changeTypes)[number];

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
] as const;

export type RemovalReason = (typeof removalReasons)[number];

export const sexes = ['MALE', 'FEMALE'] as const;
export type Sex = (typeof sexes)[number];

export const relationships = [
  'HEAD',
  'SPOUSE',
  'CHILD',
  'PARENT',
  'OTHER_RELATIVE',
  'OTHER',
] as const;
export type Relationship = (typeof relationships)[number];

export type { Stage };

export type ChangeStatus = 'IN_PROGRESS' | 'APPROVED' | 'REJECTED' | 'WITHDRAWN';

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
} as const;

export type WelfareChoice = keyof typeof welfareChoices;

export type Welfare = {
  [K in WelfareChoice]?: (typeof welfareChoices)[K][number] | null;
} & {
  floorAreaM2?: number | null;
  /** Rupiah per month, the household's whole spending. */
  monthlyExpenditure?: number | null;
};

export interface NewMember {
  nik: string;
  name: string;
  /** `1990-05-22` */
  birthDate: string;
  sex: Sex;
  relationship: Relationship;
}

export interface NewHousehold {
  kkNumber: string;
  address: string;
  rt: string;
  rw: string;
  /** The proposing operator's own village, `61.12.04.2002`. */
  villageCode: string;
  welfare: Welfare;
  /** The first is the head. */
  members: NewMember[];
}

export interface HouseholdUpdate {
  address?: string;
  rt?: string;
  rw?: string;
  welfare?: Welfare;
}

/** `POST /api/change-requests`: which parts a type needs is the server's ProposeChange. */
export interface CreateChangeRequest {
  type: ChangeType;
  householdId?: number;
  removalReason?: RemovalReason;
  memberId?: number;
  household?: NewHousehold;
  member?: NewMember;
  update?: HouseholdUpdate;
  reason?: string;
  note?: string;
}

/** The answer to a proposal, and a change as its page shows it (the parts used here). */
export interface ChangeRequestDetails {
  id: number;
  number: string;
  type: ChangeType;
  householdId: number | null;
  status: ChangeStatus;
  stage: Stage;
  dueDate: string | null;
}

/** A change in a list. */
export interface ChangeRequestSummary {
  id: number;
  number: string;
  type: ChangeType;
  stage: Stage;
  status: ChangeStatus;
  villageCode: string;
  villageName: string | null;
  householdHead: string | null;
  dueDate: string | null;
  overdue: boolean;
  proposedAt: string;
  proposedBy: string;
}

export interface ChangeFilter {
  household: number;
  page: number;
  size: number;
}

/** The parts of a household's details the form needs: its members to pick from, its current values. */
export interface HouseholdMember {
  id: number;
  name: string;
  relationship: Relationship;
  status: 'ACTIVE' | 'REMOVED';
}

export interface HouseholdForChange {
  id: number;
  kkNumber: string;
  address: string;
  rt: string;
  rw: string;
  villageCode: string;
  status: 'ACTIVE' | 'REMOVED';
  welfare: Welfare | null;
  members: HouseholdMember[];
}

export interface Region {
  code: string;
  name: string;
  level: 'PROVINCE' | 'DISTRICT' | 'SUBDISTRICT' | 'VILLAGE';
  parentCode: string | null;
}
