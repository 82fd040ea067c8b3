import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { problem } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import type { DeadlineChartData } from '../chart-series';
import { DeadlinesOverview } from '../components/deadlines-overview';
import { kubuRayaDeadlines } from '../fixtures';

// jsdom has no canvas: the chart shows what it was given instead.
vi.mock('../components/deadlines-chart', () => ({
  DeadlinesChart: ({ data }: { data: DeadlineChartData }) => (
    <p data-testid="chart">{data.categories.join(', ')}</p>
  ),
}));

/** The Statistic card titled `title` (the table's headers say the same). */
async function statistic(title: string) {
  const titles = await screen.findAllByText(title, { selector: '.ant-statistic-title' });
  return titles[0]?.closest('.ant-statistic');
}

function renderOverview(region?: string) {
  const onSelectRegion = vi.fn();
  const rendered = renderWithProviders(
    <DeadlinesOverview region={region} onSelectRegion={onSelectRegion} />,
  );
  return { ...rendered, onSelectRegion };
}

describe('deadlines overview', () => {
  it("shows the region's totals, the chart and each child region's counts", async () => {
    let search = '';
    server.use(
      http.get('/api/supervision/deadlines', ({ request }) => {
        search = new URL(request.url).search;
        return HttpResponse.json(kubuRayaDeadlines);
      }),
    );

    renderOverview('61.12');

    expect(await statistic('Tugas terbuka')).toHaveTextContent('42');
    expect(await statistic('Jatuh tempo ≤ 7 hari')).toHaveTextContent('9');
    expect(await statistic('Terlambat')).toHaveTextContent('7');
    expect(await statistic('Dieskalasi')).toHaveTextContent('3');
    expect(await screen.findByTestId('chart')).toHaveTextContent('Sungai Raya, Rasau Jaya');

    const row = screen.getByRole('button', { name: 'Buka Sungai Raya' }).closest('tr');
    expect(row).toHaveTextContent('30');
    expect(row).toHaveTextContent('PU-2026-000081');
    expect(row).toHaveTextContent('21 hari terlambat');
    expect(search).toBe('?region=61.12');
  });

  it('drills down into the child region the user opens', async () => {
    server.use(http.get('/api/supervision/deadlines', () => HttpResponse.json(kubuRayaDeadlines)));
    const { user, onSelectRegion } = renderOverview();

    await user.click(await screen.findByRole('button', { name: 'Buka Rasau Jaya' }));

    expect(onSelectRegion).toHaveBeenCalledWith('61.12.05');
  });

  it("shows the server's error in the user's language", async () => {
    server.use(
      http.get('/api/supervision/deadlines', () =>
        problem(403, 'Wilayah 61.71 di luar cakupan wilayah Anda.'),
      ),
    );

    renderOverview('61.71');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Wilayah 61.71 di luar cakupan wilayah Anda.',
    );
  });
});
