import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type { Me } from '@/features/auth/types';
import { queryKeys } from '@/lib/query-keys';
import { roundMatchReport } from '@/features/report/fixtures';
import { allStartedRound } from '@/features/rounds/fixtures';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { RoundRoute } from '../routes/round';

const districtHead: Me = {
  username: 'kadinsos-6112',
  fullName: 'Hendra Wijaya',
  role: 'DISTRICT_HEAD',
  regionCode: '61.12',
  regionName: 'Kubu Raya',
  regionLevel: 'DISTRICT',
};

const camat: Me = {
  ...districtHead,
  username: 'camat-611209',
  role: 'SUBDISTRICT_HEAD',
  regionCode: '61.12.09',
  regionName: 'Sungai Kakap',
  regionLevel: 'SUBDISTRICT',
};

function answers(me: Me) {
  server.use(
    http.get('/api/me', () => HttpResponse.json(me)),
    http.get('/api/rounds/5', () => HttpResponse.json(allStartedRound)),
    http.get('/api/rounds/5/report', () =>
      HttpResponse.json({ ...roundMatchReport, roundId: 5, status: 'ALL_STARTED' }),
    ),
  );
}

function renderRoute() {
  return renderWithProviders(<RoundRoute />, { path: '/rounds/:id', route: '/rounds/5' });
}

describe('round screen', () => {
  it('shows the match report under the bars, and leads supervisors to the stages', async () => {
    answers(districtHead);

    renderRoute();

    expect(
      await screen.findByRole('region', { name: 'Laporan pemadanan Dukcapil' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Unduh CSV/ })).toHaveAttribute(
      'href',
      '/api/rounds/5/report.csv',
    );
    expect(
      await screen.findByRole('link', { name: 'Tahapan per kecamatan di Pengawasan' }),
    ).toHaveAttribute('href', '/supervision?view=rounds&round=5');
  });

  it('offers no way to supervision to those who do not supervise', async () => {
    answers(camat);

    const { queryClient } = renderRoute();

    await screen.findByRole('region', { name: 'Laporan pemadanan Dukcapil' });
    await waitFor(() => expect(queryClient.getQueryData(queryKeys.me)).toEqual(camat));
    expect(screen.queryByRole('link', { name: 'Tahapan per kecamatan di Pengawasan' })).toBeNull();
  });
});
