import type { MayOmit, RegionLevel, Schemas } from '@/lib/api-types';

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
  'MONITORING',
] as const satisfies readonly Schemas['MeView']['role'][];

export type Role = Schemas['MeView']['role'];

export type { RegionLevel };

/** Who is signed in; national roles have no region. */
export type Me = MayOmit<Schemas['MeView'], 'regionCode' | 'regionName' | 'regionLevel'>;

export type Credentials = Schemas['LoginRequest'];

/** What the sign-in page needs before anyone signs in; `demo`: its accounts and password are public. */
export type SignInPage = Schemas['SignInPageView'];
