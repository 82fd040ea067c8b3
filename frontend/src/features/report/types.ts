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

/**
 * A round's civil-registry match: members matched, not matched (`nikUnknown` among them), died, not
 * yet matched, proposed for deletion and without e-KTP. Households count households; the rest people.
 */
export type MatchFigures = Schemas['MatchFigures'];

export type MatchVillage = Schemas['MatchVillage'];

/** A kecamatan of the round, its villages in code order (none until the round reaches them). */
export type MatchKecamatan = Schemas['MatchKecamatan'];

/** A round's match report as it stands, for the households the round has reached so far. */
export type MatchReport = Schemas['MatchReportView'];
