import type { MayOmit, RegionLevel, Schemas } from '@/lib/api-types';

export type { RegionLevel };

/** Dates as the API takes them, `YYYY-MM-DD`; a region absent is the user's own. */
export interface SummaryFilter {
  region?: string;
  since?: string;
  until?: string;
}

/** Households count households; every other figure counts people (household members). */
export type Figures = Schemas['Figures'];

/** The registry at the start of `since` and at the end of `until`. */
export type Period = Schemas['Period'];

/** `period`: absent without a period asked for. */
export type SummaryChild = MayOmit<Schemas['SummaryChild'], 'period'>;

/** Code and level of the region are absent for the whole country. */
export type Summary = Omit<MayOmit<Schemas['SummaryView'], 'period'>, 'region' | 'children'> & {
  region: MayOmit<Schemas['SummaryRegion'], 'code' | 'level'>;
  children: SummaryChild[];
};
