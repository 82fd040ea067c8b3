import type { Deadlines, Progress, RoundProgress } from './types';

/** Kubu Raya's open work, two of its kecamatan, for tests. */
export const kubuRayaDeadlines: Deadlines = {
  region: { code: '61.12', name: 'Kubu Raya', level: 'DISTRICT' },
  asOf: '2026-11-23T08:00:00Z',
  totals: { total: 42, dueWithin7Days: 9, overdue: 7, escalated: 3 },
  children: [
    {
      code: '61.12.04',
      name: 'Sungai Raya',
      level: 'SUBDISTRICT',
      totals: { total: 30, dueWithin7Days: 6, overdue: 5, escalated: 2 },
      byStage: [
        { stage: 'FIELD_CHECK', total: 20, dueWithin7Days: 4, overdue: 3, escalated: 2 },
        { stage: 'VILLAGE_DELIBERATION', total: 10, dueWithin7Days: 2, overdue: 2, escalated: 0 },
      ],
      oldestOverdue: {
        changeRequestId: 81,
        changeRequestNumber: 'PU-2026-000081',
        stage: 'FIELD_CHECK',
        dueDate: '2026-11-02T08:00:00Z',
        daysOverdue: 21,
      },
    },
    {
      code: '61.12.05',
      name: 'Rasau Jaya',
      level: 'SUBDISTRICT',
      totals: { total: 12, dueWithin7Days: 3, overdue: 2, escalated: 1 },
      byStage: [{ stage: 'FIELD_CHECK', total: 12, dueWithin7Days: 3, overdue: 2, escalated: 1 }],
    },
  ],
};

export const kubuRayaProgress: Progress = {
  region: { code: '61.12', name: 'Kubu Raya', level: 'DISTRICT' },
  asOf: '2026-11-23T08:00:00Z',
  rateWindowDays: 14,
  totals: {
    done: 60,
    total: 100,
    ratePerDay: 2.5,
    projectedFinish: '2026-12-09',
    status: 'NO_TARGET',
  },
  children: [
    {
      code: '61.12.04',
      name: 'Sungai Raya',
      level: 'SUBDISTRICT',
      done: 45,
      total: 60,
      ratePerDay: 1.5,
      projectedFinish: '2026-12-03',
      target: '2026-12-31',
      startsOn: '2026-10-01',
      status: 'ON_TRACK',
    },
    {
      code: '61.12.05',
      name: 'Rasau Jaya',
      level: 'SUBDISTRICT',
      done: 10,
      total: 30,
      ratePerDay: 0.25,
      projectedFinish: '2027-02-12',
      target: '2026-12-31',
      startsOn: '2026-10-01',
      status: 'AT_RISK',
    },
    {
      code: '61.12.06',
      name: 'Kubu',
      level: 'SUBDISTRICT',
      done: 5,
      total: 10,
      ratePerDay: 0,
      target: '2026-11-01',
      startsOn: '2026-09-01',
      status: 'LATE',
    },
  ],
};

/**
 * Round 7 while it starts its changes, measured on 6 December 2026: Terentang's changes spread over
 * the chain, past its target; Batu Ampar all ended; Kubu not reached yet.
 */
export const startingRoundProgress: RoundProgress = {
  roundId: 7,
  roundName: 'Verivali DTKS 2027 tahap I',
  status: 'STARTING',
  asOf: '2026-12-06T08:00:00Z',
  rateWindowDays: 14,
  subdistricts: [
    {
      code: '61.12.04',
      name: 'Terentang',
      targetDate: '2026-11-30',
      households: 300,
      notStarted: 200,
      byStage: { CHECKS: 40, FIELD_CHECK: 25, VILLAGE_DELIBERATION: 10, MINISTRY_DETERMINATION: 5 },
      approved: 12,
      rejected: 6,
      withdrawn: 2,
      done: 20,
      ratePerDay: 1.5,
      projectedFinish: '2027-06-14',
      status: 'LATE',
    },
    {
      code: '61.12.05',
      name: 'Batu Ampar',
      targetDate: '2026-11-30',
      households: 100,
      notStarted: 0,
      byStage: {},
      approved: 90,
      rejected: 10,
      withdrawn: 0,
      done: 100,
      ratePerDay: 7.1,
      projectedFinish: '2026-11-20',
      status: 'ON_TRACK',
    },
    {
      code: '61.12.06',
      name: 'Kubu',
      targetDate: '2027-01-31',
      households: 200,
      notStarted: 200,
      byStage: {},
      approved: 0,
      rejected: 0,
      withdrawn: 0,
      done: 0,
      ratePerDay: 0,
      status: 'AT_RISK',
    },
  ],
};
