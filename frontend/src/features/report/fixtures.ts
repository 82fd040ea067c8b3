import type { Figures, MatchFigures, MatchReport, Summary } from './types';

const figures = (households: number): Figures => ({
  households,
  members: households * 4,
  matched: households * 3,
  notMatched: 11,
  unchecked: 7,
  died: 5,
  proposedForDeletion: 3,
  withoutEktp: 2,
});

/** Kubu Raya's published figures over 2016, two of its kecamatan, for tests. */
export const kubuRayaSummary: Summary = {
  region: { code: '61.12', name: 'Kubu Raya', level: 'DISTRICT' },
  asOf: '2026-11-23T08:00:00Z',
  figures: figures(1500),
  period: {
    since: '2016-01-01',
    until: '2016-12-31',
    householdsBefore: 1600,
    householdsAfter: 1500,
    membersBefore: 6400,
    membersAfter: 6000,
  },
  children: [
    {
      code: '61.12.04',
      name: 'Sungai Raya',
      figures: figures(1000),
      period: {
        since: '2016-01-01',
        until: '2016-12-31',
        householdsBefore: 1100,
        householdsAfter: 1000,
        membersBefore: 4400,
        membersAfter: 4000,
      },
    },
    {
      code: '61.12.05',
      name: 'Rasau Jaya',
      figures: figures(500),
      period: {
        since: '2016-01-01',
        until: '2016-12-31',
        householdsBefore: 500,
        householdsAfter: 500,
        membersBefore: 2000,
        membersAfter: 2000,
      },
    },
  ],
};

const match = (households: number, notMatched: number): MatchFigures => ({
  households,
  members: households * 4,
  matched: households * 4 - notMatched - 2,
  notMatched,
  nikUnknown: Math.min(notMatched, 1),
  died: 1,
  notYetMatched: 1,
  proposedForDeletion: 1,
  withoutEktp: 3,
});

const terentangVillages = [
  { code: '61.12.04.2001', name: 'Terentang Hilir', figures: match(80, 14) },
  { code: '61.12.04.2002', name: 'Sungai Radak', figures: match(40, 10) },
];

/** Terentang's figures are its villages' together, and the round's are Terentang's (Kubu has none yet). */
const terentangFigures = terentangVillages
  .map((village) => village.figures)
  .reduce((sum, figures) => {
    const added = { ...sum };
    for (const key of Object.keys(figures) as (keyof MatchFigures)[]) {
      added[key] = sum[key] + figures[key];
    }
    return added;
  });

/**
 * Round 7's match report while it starts its changes: Terentang reached in two villages, Kubu not
 * yet reached.
 */
export const roundMatchReport: MatchReport = {
  roundId: 7,
  roundName: 'Verivali DTKS 2027 tahap I',
  district: { code: '61.12', name: 'Kubu Raya' },
  status: 'STARTING',
  householdsDone: 120,
  householdsTotal: 600,
  asOf: '2026-12-06T08:00:00Z',
  totals: terentangFigures,
  subdistricts: [
    {
      code: '61.12.04',
      name: 'Terentang',
      figures: terentangFigures,
      villages: terentangVillages,
    },
    {
      code: '61.12.06',
      name: 'Kubu',
      figures: {
        households: 0,
        members: 0,
        matched: 0,
        notMatched: 0,
        nikUnknown: 0,
        died: 0,
        notYetMatched: 0,
        proposedForDeletion: 0,
        withoutEktp: 0,
      },
      villages: [],
    },
  ],
};
