import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import type { Me } from '@/features/auth/types';
import { allStartedRound, roundsPage, startingRound } from '@/features/rounds/fixtures';
import {
  kubuRayaDeadlines,
  kubuRayaProgress,
  startingRoundProgress,
} from '@/features/supervision/fixtures';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { SupervisionRoute } from '../routes/supervision';

vi.mock('@/features/supervision/components/deadlines-chart', () => ({
  DeadlinesChart: () => <p>chart</p>,
}));

const supervisor: Me = {
  username: 'supervisor-6112',
  fullName: 'Budi Santoso',
  role: 'SUPERVISOR',
  regionCode: '61.12',
  regionName: 'Kubu Raya',
  regionLevel: 'DISTRICT',
};

const sungaiRaya = {
  ...kubuRayaDeadlines,
  region: { code: '61.12.04', name: 'Sungai Raya', level: 'SUBDISTRICT' as const },
  children: [],
};

function apiAnswers() {
  const asked: (string | null)[] = [];
  server.use(
    http.get('/api/me', () => HttpResponse.json(supervisor)),
    http.get('/api/supervision/deadlines', ({ request }) => {
      const region = new URL(request.url).searchParams.get('region');
      asked.push(region);
      return HttpResponse.json(region === '61.12.04' ? sungaiRaya : kubuRayaDeadlines);
    }),
    http.get('/api/supervision/progress', () => HttpResponse.json(kubuRayaProgress)),
  );
  return asked;
}

describe('supervision screen', () => {
  it('drills down into a child region through the address and leads back up', async () => {
    const asked = apiAnswers();
    const { user, router } = renderWithProviders(<SupervisionRoute />, { path: '/supervision' });

    await user.click(
      (await screen.findAllByRole('button', { name: 'Buka Sungai Raya' }))[0] as HTMLElement,
    );

    expect(router.state.location.search).toBe('?region=61.12.04');
    expect(await screen.findByText('Sungai Raya', { selector: '.ant-breadcrumb *' })).toBeVisible();
    expect(asked).toEqual([null, '61.12.04']);

    await user.click(screen.getByRole('link', { name: 'Wilayah saya' }));

    expect(router.state.location.search).toBe('');
  });

  it('names the way back up and lists a village’s changes under way at the bottom of the tree', async () => {
    const village = {
      ...kubuRayaDeadlines,
      region: { code: '61.12.04.2002', name: 'Teluk Empening', level: 'VILLAGE' as const },
      children: [],
    };
    server.use(
      http.get('/api/me', () => HttpResponse.json(supervisor)),
      http.get('/api/supervision/deadlines', () => HttpResponse.json(village)),
      http.get('/api/regions/61.12.04', () =>
        HttpResponse.json({
          code: '61.12.04',
          name: 'Terentang',
          level: 'SUBDISTRICT',
          parentCode: '61.12',
        }),
      ),
      http.get('/api/change-requests', ({ request }) => {
        const params = new URL(request.url).searchParams;
        expect(params.get('region')).toBe('61.12.04.2002');
        expect(params.get('status')).toBe('IN_PROGRESS');
        return HttpResponse.json({
          content: [
            {
              id: 51,
              number: 'CR-6112-2026-000051',
              type: 'REMOVE_HOUSEHOLD',
              stage: 'VILLAGE_DELIBERATION',
              status: 'IN_PROGRESS',
              villageCode: '61.12.04.2002',
              householdHead: 'Ahmad Fauzi',
              dueDate: '2026-12-20T17:00:00Z',
              overdue: false,
              proposedAt: '2026-12-01T02:00:00Z',
              proposedBy: 'op-6112042002',
            },
          ],
          page: 0,
          size: 20,
          totalElements: 1,
          totalPages: 1,
        });
      }),
    );

    renderWithProviders(<SupervisionRoute />, {
      path: '/supervision',
      route: '/supervision?region=61.12.04.2002',
    });

    expect(await screen.findByRole('link', { name: 'Terentang' })).toHaveAttribute(
      'href',
      '/supervision?region=61.12.04',
    );
    expect(await screen.findByRole('link', { name: 'CR-6112-2026-000051' })).toHaveAttribute(
      'href',
      '/changes/51',
    );
    expect(screen.getByText('Ahmad Fauzi')).toBeInTheDocument();
    expect(screen.getByText('Musyawarah desa/kelurahan')).toBeInTheDocument();
  });

  it("follows a chosen round's kecamatan through the stages, and leads to the round's page", async () => {
    apiAnswers();
    server.use(
      http.get('/api/rounds', () =>
        HttpResponse.json(roundsPage([startingRound, allStartedRound])),
      ),
      http.get('/api/supervision/rounds/7', () => HttpResponse.json(startingRoundProgress)),
      http.get('/api/supervision/rounds/5', () =>
        HttpResponse.json({
          ...startingRoundProgress,
          roundId: 5,
          roundName: 'Verivali Sungai Kakap 2026',
          status: 'ALL_STARTED',
          subdistricts: [{ ...startingRoundProgress.subdistricts[2], name: 'Sungai Kakap' }],
        }),
      ),
    );
    const { user, router } = renderWithProviders(<SupervisionRoute />, {
      path: '/supervision',
      route: '/supervision?view=rounds&round=7',
    });

    expect(screen.getByRole('tab', { name: 'Putaran verivali' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    const stages = await screen.findByRole('region', {
      name: 'Tahapan per kecamatan: Verivali DTKS 2027 tahap I',
    });
    expect(await within(stages).findByText('Terentang')).toBeInTheDocument();
    expect(within(stages).getByRole('link', { name: 'Buka halaman putaran' })).toHaveAttribute(
      'href',
      '/rounds/7',
    );
    const chooser = screen.getByRole('region', { name: 'Putaran verivali' });
    expect(
      await within(chooser).findByRole('button', { name: 'Verivali DTKS 2027 tahap I' }),
    ).toHaveAttribute('aria-pressed', 'true');

    await user.click(within(chooser).getByRole('button', { name: 'Verivali Sungai Kakap 2026' }));

    expect(router.state.location.search).toBe('?view=rounds&round=5');
    expect(
      await screen.findByRole('region', {
        name: 'Tahapan per kecamatan: Verivali Sungai Kakap 2026',
      }),
    ).toHaveTextContent('Sungai Kakap');

    await user.click(screen.getByRole('tab', { name: 'Per wilayah' }));

    expect(router.state.location.search).toBe('');
    expect((await screen.findAllByRole('button', { name: 'Buka Sungai Raya' }))[0]).toBeVisible();
  });

  it('asks for a round before showing stages', async () => {
    apiAnswers();
    server.use(http.get('/api/rounds', () => HttpResponse.json(roundsPage([startingRound]))));

    renderWithProviders(<SupervisionRoute />, {
      path: '/supervision',
      route: '/supervision?view=rounds',
    });

    expect(
      await screen.findByText('Pilih putaran di atas untuk melihat tahapan per kecamatan.'),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('button', { name: 'Verivali DTKS 2027 tahap I' }),
    ).toHaveAttribute('aria-pressed', 'false');
  });
});
