import { http, HttpResponse } from 'msw';

import type { Region, StatusAnswer } from './types';

/** The public region list down to Teluk Empening, in Terentang, Kubu Raya: what the chooser walks through. */
const regionsUnder: Record<string, Region[]> = {
  '': [
    { code: '61', name: 'Kalimantan Barat', level: 'PROVINCE' },
    { code: '64', name: 'Kalimantan Timur', level: 'PROVINCE' },
  ],
  '61': [{ code: '61.12', name: 'Kubu Raya', level: 'DISTRICT', parentCode: '61' }],
  '61.12': [{ code: '61.12.04', name: 'Terentang', level: 'SUBDISTRICT', parentCode: '61.12' }],
  '61.12.04': [
    { code: '61.12.04.2002', name: 'Teluk Empening', level: 'VILLAGE', parentCode: '61.12.04' },
    { code: '61.12.04.2003', name: 'Terentang Hilir', level: 'VILLAGE', parentCode: '61.12.04' },
  ],
};

/** `GET /api/regions?parent=`, answered from the list above. */
export const regionList = http.get('/api/regions', ({ request }) =>
  HttpResponse.json(regionsUnder[new URL(request.url).searchParams.get('parent') ?? ''] ?? []),
);

/** Siti Aminah of Teluk Empening, on the registry, her household at the field check since 1 December 2026. */
export const atFieldCheck: StatusAnswer = {
  found: true,
  onRegistry: true,
  villageCode: '61.12.04.2002',
  villageName: 'Teluk Empening',
  change: { stage: 'FIELD_CHECK', since: '2026-12-01' },
};

export const notFound: StatusAnswer = { found: false };
