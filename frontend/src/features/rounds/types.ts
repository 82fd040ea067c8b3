import type { MayOmit, RegionLevel, Schemas } from '@/lib/api-types';

/** STARTING: changes are being started; PAUSED: its opener stopped it; ALL_STARTED: every household has one. */
export type RoundStatus = Schemas['RoundView']['status'];

export const roundStatuses = [
  'STARTING',
  'PAUSED',
  'ALL_STARTED',
] as const satisfies readonly RoundStatus[];

/** A kecamatan of a round, with its target date and its households so far. */
export type RoundKecamatan = Schemas['RoundKecamatan'];

/** Absent until there is a rate, once all have started (or while paused), until all have. */
type MayLack = 'perMinute' | 'estimatedFinish' | 'allStartedAt';

export type Round = MayOmit<Schemas['RoundView'], MayLack>;

export type OpenRound = Schemas['OpenRound'];

/** A kecamatan of the round as the opener chose it, with its own target date if it has one. */
export type ChosenKecamatan = Schemas['OpenRoundKecamatan'];

/** A province, district or kecamatan to choose from. */
export type Region = Schemas['RegionView'];

export type { RegionLevel };

export type Role = Schemas['MeView']['role'];

/** The signed-in official, as the rounds screens need them (the app passes its `Me`). */
export interface Official {
  username: string;
  role: Role;
  regionCode?: string;
  regionName?: string;
}
