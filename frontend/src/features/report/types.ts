export type RegionLevel = 'PROVINCE' | 'DISTRICT' | 'SUBDISTRICT' | 'VILLAGE';

/** Dates as the API takes them, `YYYY-MM-DD`; a region absent is the user's own. */
export interface SummaryFilter {
  region?: string;
  since?: string;
  until?: string;
}

/** Households count households; every other figure counts people (household members). */
export interface Figures {
  households: number;
  members: number;
  matched: number;
  notMatched: number;
  unchecked: number;
  died: number;
  proposedForDeletion: number;
  withoutEktp: number;
}

/** The registry at the start of `since` and at the end of `until`. */
export interface Period {
  since: string;
  until: string;
  householdsBefore: number;
  householdsAfter: number;
  membersBefore: number;
  membersAfter: number;
}

export interface SummaryChild {
  code: string;
  name: string;
  figures: Figures;
  period: Period | null;
}

export interface Summary {
  /** Code and level are absent for the whole country. */
  region: { code: string | null; name: string; level: RegionLevel | null };
  asOf: string;
  figures: Figures;
  period: Period | null;
  children: SummaryChild[];
}
