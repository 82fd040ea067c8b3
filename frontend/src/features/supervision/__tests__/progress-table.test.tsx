import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { ProgressTable } from '../components/progress-table';
import { kubuRayaProgress } from '../fixtures';

function rowOf(name: string) {
  return screen.getByRole('button', { name: `Buka ${name}` }).closest('tr') as HTMLElement;
}

describe('progress table', () => {
  it("shows each child region's progress and status against its target", async () => {
    server.use(http.get('/api/supervision/progress', () => HttpResponse.json(kubuRayaProgress)));

    renderWithProviders(<ProgressTable region="61.12" onSelectRegion={vi.fn()} />);

    await screen.findByRole('button', { name: 'Buka Sungai Raya' });
    expect(rowOf('Sungai Raya')).toHaveTextContent('45 / 60');
    expect(rowOf('Sungai Raya')).toHaveTextContent('1,5');
    expect(screen.getByText('Sesuai jadwal')).toHaveClass('ant-tag-green');
    expect(screen.getByText('Berisiko')).toHaveClass('ant-tag-orange');
    expect(screen.getByText('Terlambat')).toHaveClass('ant-tag-red');
    expect(screen.getByText('Tanpa target')).toBeInTheDocument();
    expect(screen.getByText('Jumlah').closest('tr')).toHaveTextContent('60 / 100');
    expect(screen.getByText('Laju rata-rata 14 hari terakhir.')).toBeInTheDocument();
  });

  it('says a region without changes has none, rather than a full bar on schedule', async () => {
    server.use(
      http.get('/api/supervision/progress', () =>
        HttpResponse.json({
          ...kubuRayaProgress,
          children: [
            {
              code: '61.12.09',
              name: 'Sungai Kakap',
              level: 'SUBDISTRICT',
              done: 0,
              total: 0,
              ratePerDay: 0,
              status: 'ON_TRACK',
            },
          ],
        }),
      ),
    );

    renderWithProviders(<ProgressTable region="61.12" onSelectRegion={vi.fn()} />);

    await screen.findByRole('button', { name: 'Buka Sungai Kakap' });
    expect(rowOf('Sungai Kakap')).toHaveTextContent('Belum ada usulan');
    expect(rowOf('Sungai Kakap')).not.toHaveTextContent('Sesuai jadwal');
    expect(rowOf('Sungai Kakap').querySelector('.ant-progress')).toBeNull();
    expect(screen.getByRole('progressbar', { name: '60 dari 100 selesai' })).toBeInTheDocument();
  });
});
