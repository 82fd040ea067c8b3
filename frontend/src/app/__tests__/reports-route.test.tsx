import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type { Me } from '@/features/auth/types';
import { kubuRayaSummary } from '@/features/report/fixtures';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { ReportsRoute } from '../routes/reports';

const districtOfficer: Me = {
  username: 'dinsos-6112',
  fullName: 'Rina Wulandari',
  role: 'DISTRICT_OPERATOR',
  regionCode: '61.12',
  regionName: 'Kubu Raya',
  regionLevel: 'DISTRICT',
};

describe('reports screen', () => {
  it('drills down into a child region keeping the period, and leads back up', async () => {
    const asked: string[] = [];
    server.use(
      http.get('/api/me', () => HttpResponse.json(districtOfficer)),
      http.get('/api/reports/summary', ({ request }) => {
        asked.push(new URL(request.url).search);
        return HttpResponse.json(kubuRayaSummary);
      }),
    );
    const { user, router } = renderWithProviders(<ReportsRoute />, {
      path: '/reports',
      route: '/reports?since=2016-01-01',
    });

    await user.click(await screen.findByRole('button', { name: 'Buka Sungai Raya' }));

    expect(router.state.location.search).toBe('?region=61.12.04&since=2016-01-01');
    expect(await screen.findByRole('link', { name: /Unduh CSV/ })).toHaveAttribute(
      'href',
      '/api/reports/summary.csv?region=61.12.04&since=2016-01-01',
    );
    expect(asked).toEqual(['?since=2016-01-01', '?region=61.12.04&since=2016-01-01']);

    await user.click(screen.getByRole('link', { name: 'Wilayah saya' }));

    expect(router.state.location.search).toBe('?since=2016-01-01');
  });
});
