export const roles = [
  'VILLAGE_OPERATOR',
  'VILLAGE_HEAD',
  'SUBDISTRICT_OPERATOR',
  'SUBDISTRICT_HEAD',
  'DISTRICT_OPERATOR',
  'DISTRICT_HEAD',
  'MINISTRY_OFFICER',
  'SUPERVISOR',
  'AUDITOR',
  'ADMIN',
  'INTEGRATION',
] as const;

export type Role = (typeof roles)[number];

export type RegionLevel = 'PROVINCE' | 'DISTRICT' | 'SUBDISTRICT' | 'VILLAGE';

/** Who is signed in; national roles have no region. */
export interface Me {
  username: string;
  fullName: string;
  role: Role;
  regionCode: string | null;
  regionName: string | null;
  regionLevel: RegionLevel | null;
}

export interface Credentials {
  username: string;
  password: string;
}

/** What the sign-in page needs before anyone signs in. */
export interface SignInPage {
  token: string;
  headerName: string;
  /** The demo: its accounts, and their password, are public. */
  demo: boolean;
}
