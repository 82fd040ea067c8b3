export type RecordStatus = 'ACTIVE' | 'REMOVED';

export type RemovalReason =
  | 'DECEASED'
  | 'MOVED'
  | 'DUPLICATE'
  | 'NOT_FOUND'
  | 'NO_LONGER_ELIGIBLE'
  | 'CIVIL_SERVANT_MILITARY_POLICE'
  | 'INVALID_NIK';

export type Sex = 'MALE' | 'FEMALE';

export type Relationship = 'HEAD' | 'SPOUSE' | 'CHILD' | 'PARENT' | 'OTHER_RELATIVE' | 'OTHER';

export type CivilRegistryStatus =
  'UNCHECKED' | 'MATCHED' | 'NOT_MATCHED' | 'DECEASED' | 'NIK_UNKNOWN';

/** A household in a list: KK and NIK masked. */
export interface HouseholdSummary {
  id: number;
  kkNumber: string;
  headName: string | null;
  headNikMasked: string | null;
  address: string;
  rt: string;
  rw: string;
  villageCode: string;
  villageName: string;
  memberCount: number;
  status: RecordStatus;
}

export interface Welfare {
  houseOwnership: 'OWNED' | 'RENTED' | 'RENT_FREE' | 'OFFICIAL' | 'OTHER' | null;
  floorAreaM2: number | null;
  floorMaterial: 'SOIL' | 'BAMBOO' | 'LOW_QUALITY_WOOD' | 'CEMENT' | 'CERAMIC' | null;
  wallMaterial: 'BAMBOO' | 'WOOD' | 'PLASTERED_BRICK' | 'UNPLASTERED_BRICK' | null;
  roofMaterial: 'THATCH' | 'ZINC' | 'ASBESTOS' | 'TILE' | 'CONCRETE' | null;
  drinkingWater:
    'BOTTLED' | 'PIPED' | 'PROTECTED_WELL' | 'UNPROTECTED_WELL' | 'RIVER' | 'RAINWATER' | null;
  lighting: 'PLN_METERED' | 'PLN_UNMETERED' | 'NON_PLN' | 'NONE' | null;
  sanitation: 'PRIVATE' | 'SHARED' | 'PUBLIC' | 'NONE' | null;
  cookingFuel: 'LPG' | 'KEROSENE' | 'FIREWOOD' | 'ELECTRICITY' | null;
  /** Rupiah per month, the household's whole spending. */
  monthlyExpenditure: number | null;
}

export interface Member {
  id: number;
  nik: string;
  name: string;
  birthDate: string;
  sex: Sex;
  relationship: Relationship;
  civilRegistryStatus: CivilRegistryStatus;
  status: RecordStatus;
  removalReason: RemovalReason | null;
}

/** A household's details with its members and their full NIKs. */
export interface Household {
  id: number;
  kkNumber: string;
  address: string;
  rt: string;
  rw: string;
  villageCode: string;
  villageName: string;
  subdistrictName: string;
  districtName: string;
  welfare: Welfare | null;
  status: RecordStatus;
  removalReason: RemovalReason | null;
  members: Member[];
}
