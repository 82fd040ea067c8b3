import type { Page } from '@/lib/api-client';

import type { Official, Region, Round } from './types';

/** The head of Dinas Sosial of Kubu Raya, who opens the district's rounds, for tests. */
export const kadinsos: Official = {
  username: 'kadinsos-6112',
  role: 'DISTRICT_HEAD',
  regionCode: '61.12',
  regionName: 'Kubu Raya',
};

/** A ministry officer, who opens a round for any district, for tests. */
export const pusdatin: Official = { username: 'pusdatin', role: 'MINISTRY_OFFICER' };

const kecamatan = (code: string, name: string): Region => ({
  code,
  name,
  level: 'SUBDISTRICT',
  parentCode: '61.12',
});

/** Four of Kubu Raya's kecamatan, in code order, as `GET /api/regions?parent=61.12` lists them. */
export const kubuRayaKecamatan: Region[] = [
  kecamatan('61.12.04', 'Terentang'),
  kecamatan('61.12.05', 'Batu Ampar'),
  kecamatan('61.12.06', 'Kubu'),
  kecamatan('61.12.09', 'Sungai Kakap'),
];

/**
 * A round of three kecamatan, starting, measured on 6 December 2026: Terentang is past its target
 * and not complete, Batu Ampar past its target but complete, Kubu before its target.
 */
export const startingRound: Round = {
  id: 7,
  name: 'Verivali DTKS 2027 tahap I',
  district: { code: '61.12', name: 'Kubu Raya' },
  startsOn: '2026-11-02',
  status: 'STARTING',
  openedBy: 'kadinsos-6112',
  openedAt: '2026-11-02T01:30:00Z',
  householdsTotal: 600,
  changesStarted: 100,
  alreadyInProgress: 15,
  leftRegistry: 5,
  householdsDone: 120,
  percentDone: 20,
  perMinute: 12.5,
  estimatedFinish: '2026-12-06T08:10:00Z',
  subdistricts: [
    {
      code: '61.12.04',
      name: 'Terentang',
      targetDate: '2026-11-30',
      householdsTotal: 300,
      householdsDone: 20,
    },
    {
      code: '61.12.05',
      name: 'Batu Ampar',
      targetDate: '2026-11-30',
      householdsTotal: 100,
      householdsDone: 100,
    },
    {
      code: '61.12.06',
      name: 'Kubu',
      targetDate: '2027-01-31',
      householdsTotal: 200,
      householdsDone: 0,
    },
  ],
  version: 3,
};

/** The day the fixtures' target dates are measured against. */
export const fixtureToday = '2026-12-06';

export const pausedRound: Round = {
  ...startingRound,
  status: 'PAUSED',
  estimatedFinish: undefined,
  version: 4,
};

/** A finished round of Sungai Kakap, opened by the district's operator. */
export const allStartedRound: Round = {
  id: 5,
  name: 'Verivali Sungai Kakap 2026',
  district: { code: '61.12', name: 'Kubu Raya' },
  startsOn: '2026-06-01',
  status: 'ALL_STARTED',
  openedBy: 'dinsos-6112',
  openedAt: '2026-06-01T02:00:00Z',
  householdsTotal: 450,
  changesStarted: 440,
  alreadyInProgress: 10,
  leftRegistry: 0,
  householdsDone: 450,
  percentDone: 100,
  perMinute: 90,
  allStartedAt: '2026-06-01T02:05:00Z',
  subdistricts: [
    {
      code: '61.12.09',
      name: 'Sungai Kakap',
      targetDate: '2026-09-30',
      householdsTotal: 450,
      householdsDone: 450,
    },
  ],
  version: 12,
};

export function roundsPage(content: Round[], totalElements = content.length): Page<Round> {
  return { content, page: 0, size: 20, totalElements, totalPages: 1 };
}
