import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import type { Me } from '@/features/auth/types';
import { kubuRayaDeadlines, kubuRayaProgress } from '@/features/supervision/fixtures';
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
});
