import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { DeliberationList } from '../components/deliberation-list';
import { heldPlenary } from '../fixtures';
import type { DeliberationSummary } from '../types';

const summary: DeliberationSummary = {
  id: heldPlenary.id,
  level: heldPlenary.level,
  region: heldPlenary.region,
  heldOn: heldPlenary.heldOn,
  place: heldPlenary.place,
  minutesNumber: heldPlenary.minutesNumber,
  minutesSha256: heldPlenary.minutes.sha256,
  decisionCount: 2,
  heldBy: heldPlenary.heldBy,
  recordedAt: heldPlenary.recordedAt,
};

function listing() {
  const asked: URLSearchParams[] = [];
  server.use(
    http.get('/api/deliberations', ({ request }) => {
      asked.push(new URL(request.url).searchParams);
      return HttpResponse.json({
        content: [summary],
        page: 0,
        size: 20,
        totalElements: 1,
        totalPages: 1,
      });
    }),
  );
  return asked;
}

describe('deliberation list', () => {
  it('lists the region’s deliberations and offers a chair a new one', async () => {
    const asked = listing();
    const { user, router } = renderWithProviders(
      <DeliberationList
        page={0}
        onPageChange={() => {}}
        newPath="/deliberations/new"
        detailPath={(id) => `/deliberations/${id}`}
      />,
    );

    expect(await screen.findByText('BA/07/PLENO/XI/2026')).toBeInTheDocument();
    expect(screen.getByText('Rapat pleno kecamatan')).toBeInTheDocument();
    expect(asked[0]?.get('page')).toBe('0');

    await user.click(screen.getByRole('button', { name: /Musyawarah baru/ }));
    expect(router.state.location.pathname).toBe('/deliberations/new');
  });

  it('offers no new deliberation to those who only read', async () => {
    listing();
    renderWithProviders(
      <DeliberationList
        page={0}
        onPageChange={() => {}}
        detailPath={(id) => `/deliberations/${id}`}
      />,
    );

    expect(await screen.findByText('BA/07/PLENO/XI/2026')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Musyawarah baru/ })).not.toBeInTheDocument();
  });
});
