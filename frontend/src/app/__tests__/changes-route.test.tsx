import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type { Me } from '@/features/auth/types';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { ChangesRoute } from '../routes/changes';

const districtOperator: Me = {
  username: 'dinsos-6112',
  fullName: 'Rina Wulandari',
  role: 'DISTRICT_OPERATOR',
  regionCode: '61.12',
  regionName: 'Kubu Raya',
  regionLevel: 'DISTRICT',
};

describe('changes screen', () => {
  it('keeps the filter in the address, leaves out what it does not know, and starts again on a change', async () => {
    const asked: string[] = [];
    server.use(
      http.get('/api/me', () => HttpResponse.json(districtOperator)),
      http.get('/api/regions', () =>
        HttpResponse.json([{ code: '61.12.04', name: 'Terentang', level: 'SUBDISTRICT' }]),
      ),
      http.get('/api/change-requests', ({ request }) => {
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
    const { user, router } = renderWithProviders(<ChangesRoute />, {
      path: '/changes',
      route: '/changes?region=61.12.04&status=GONE&stage=FIELD_CHECK&page=2',
    });

    expect(
      await screen.findByText('Tidak ada usulan yang cocok dengan filter ini.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Jenis' }));
    await user.click(await screen.findByTitle('Penghapusan anggota'));

    expect(router.state.location.search).toBe(
      '?region=61.12.04&stage=FIELD_CHECK&type=REMOVE_MEMBER',
    );
    expect(asked).toEqual([
      '?region=61.12.04&stage=FIELD_CHECK&page=1&size=20',
      '?region=61.12.04&stage=FIELD_CHECK&type=REMOVE_MEMBER&page=0&size=20',
    ]);
  });
});
