import type { Figures, Summary } from './types';

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
