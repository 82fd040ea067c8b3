import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { problem } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { SummaryReport } from '../components/summary-report';
import { downloadPath } from '../download-path';
import { kubuRayaSummary } from '../fixtures';
import type { SummaryFilter } from '../types';

function renderReport(filter: SummaryFilter) {
  const handlers = { onSelectRegion: vi.fn(), onPeriodChange: vi.fn() };
  const rendered = renderWithProviders(<SummaryReport filter={filter} {...handlers} />);
  return { ...rendered, ...handlers };
}

describe('summary report', () => {
  it('shows the figures per child region, the total and the registry before and after', async () => {
    let search = '';
    server.use(
      http.get('/api/reports/summary', ({ request }) => {
        search = new URL(request.url).search;
        return HttpResponse.json(kubuRayaSummary);
      }),
    );

    renderReport({ region: '61.12', since: '2016-01-01', until: '2016-12-31' });

    const row = (await screen.findByRole('button', { name: 'Buka Sungai Raya' })).closest('tr');
    expect(row).toHaveTextContent(/1\.000\s*4\.000\s*3\.000\s*11\s*7\s*5\s*3\s*2\s*1\.100/);
    expect(screen.getByRole('columnheader', { name: 'Rumah tangga awal' })).toBeInTheDocument();
    expect(screen.getByText('Jumlah').closest('tr')).toHaveTextContent(/1\.500\s*6\.000/);
    expect(search).toBe('?region=61.12&since=2016-01-01&until=2016-12-31');
  });

  it('has no before and after columns without a period', async () => {
    server.use(
      http.get('/api/reports/summary', () =>
        HttpResponse.json({
          ...kubuRayaSummary,
          period: null,
          children: kubuRayaSummary.children.map((child) => ({ ...child, period: null })),
        }),
      ),
    );

    renderReport({});

    await screen.findByRole('button', { name: 'Buka Sungai Raya' });
    expect(screen.queryByRole('columnheader', { name: 'Rumah tangga awal' })).toBeNull();
  });

  it('downloads the same region and period as CSV and XLSX', async () => {
    server.use(http.get('/api/reports/summary', () => HttpResponse.json(kubuRayaSummary)));

    renderReport({ region: '61.12', since: '2016-01-01', until: '2016-12-31' });

    const query = '?region=61.12&since=2016-01-01&until=2016-12-31';
    expect(await screen.findByRole('link', { name: /Unduh CSV/ })).toHaveAttribute(
      'href',
      `/api/reports/summary.csv${query}`,
    );
    expect(screen.getByRole('link', { name: /Unduh XLSX/ })).toHaveAttribute(
      'href',
      `/api/reports/summary.xlsx${query}`,
    );
  });

  it('drills down into the child region the user opens', async () => {
    server.use(http.get('/api/reports/summary', () => HttpResponse.json(kubuRayaSummary)));
    const { user, onSelectRegion } = renderReport({});

    await user.click(await screen.findByRole('button', { name: 'Buka Rasau Jaya' }));

    expect(onSelectRegion).toHaveBeenCalledWith('61.12.05');
  });

  it("shows the server's objection to the dates beside the picker", async () => {
    server.use(
      http.get('/api/reports/summary', () =>
        problem(400, 'Tanggal akhir tidak boleh setelah hari ini.', [
          { field: 'until', message: 'Tanggal akhir tidak boleh setelah hari ini.' },
        ]),
      ),
    );

    renderReport({ until: '2099-01-01' });

    const message = await screen.findByText('Tanggal akhir tidak boleh setelah hari ini.');
    expect(message.closest('.ant-form-item')).toHaveTextContent('Periode');
    expect(screen.queryByRole('alert', { name: /Terjadi kesalahan/ })).toBeNull();
  });
});

describe('download path', () => {
  it('leaves out what the user did not choose', () => {
    expect(downloadPath('csv', {})).toBe('/api/reports/summary.csv');
    expect(downloadPath('xlsx', { since: '2016-01-01' })).toBe(
      '/api/reports/summary.xlsx?since=2016-01-01',
    );
  });
});
