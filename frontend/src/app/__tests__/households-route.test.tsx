import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type { Me } from '@/features/auth/types';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { HouseholdsRoute } from '../routes/households';

const districtOperator: Me = {
  username: 'dinsos-6112',
  fullName: 'Rina Wulandari',
  role: 'DISTRICT_OPERATOR',
  regionCode: '61.12',
  regionName: 'Kubu Raya',
  regionLevel: 'DISTRICT',
};

const kecamatan = [{ code: '61.12.04', name: 'Terentang', level: 'SUBDISTRICT' }];
const villages = [{ code: '61.12.04.2002', name: 'Teluk Empening', level: 'VILLAGE' }];

describe('households screen', () => {
  it('keeps the filter in the address and asks the server for it, from the first page again', async () => {
    const asked: string[] = [];
    server.use(
      http.get('/api/me', () => HttpResponse.json(districtOperator)),
      http.get('/api/regions', ({ request }) => {
        const parent = new URL(request.url).searchParams.get('parent');
        return HttpResponse.json(parent === '61.12' ? kecamatan : villages);
      }),
      http.get('/api/households', ({ request }) => {
        asked.push(new URL(request.url).search);
        return HttpResponse.json({
          content: [],
          page: 0,
          size: 20,
          totalElements: 0,
          totalPages: 0,
        });
      }),
    );
    const { user, router } = renderWithProviders(<HouseholdsRoute />, {
      path: '/households',
      route: '/households?region=61.12.04&inFlight=1&sort=-registered&page=3',
    });

    expect(await screen.findByText('Terentang', {}, { timeout: 5000 })).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Desa/kelurahan' }));
    await user.click(await screen.findByTitle('Teluk Empening'));

    expect(router.state.location.search).toBe('?region=61.12.04.2002&inFlight=1&sort=-registered');
    expect(asked).toEqual([
      '?region=61.12.04&changeInFlight=true&sort=-registered&page=2&size=20',
      '?region=61.12.04.2002&changeInFlight=true&sort=-registered&page=0&size=20',
    ]);
  });
});
