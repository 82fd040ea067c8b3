import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type { Me } from '@/features/auth/types';
import { memberAddition } from '@/features/inbox/fixtures';
import type { ChangeDetails } from '@/features/inbox/types';
import { problem } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { ChangeRoute } from '../routes/change';

const operator: Me = {
  username: 'op-6112042002',
  fullName: 'Rina Operator',
  role: 'VILLAGE_OPERATOR',
  regionCode: '61.12.04.2002',
  regionName: 'Teluk Empening',
  regionLevel: 'VILLAGE',
};

const addition: ChangeDetails = {
  ...memberAddition,
  status: 'REJECTED',
  stage: 'DONE',
  proposedBy: 'op-6112042002',
  checks: { failure: 'DUPLICATE_NIK', civilRegistryMatches: [], duplicateHouseholdIds: [31] },
  decisions: [
    {
      id: 1,
      stage: 'VILLAGE_DELIBERATION',
      actor: 'kades-6112042002',
      decision: 'APPROVE',
      reference: 'BA/07/2026',
      referenceDate: '2026-03-20',
      decidedAt: '2026-03-20T02:00:00Z',
      deliberationId: 42,
    },
  ],
};

function renderRoute(route: string) {
  return renderWithProviders(<ChangeRoute />, { path: '/changes/:id', route });
}

describe('change page', () => {
  it('shows the proposer what they proposed and, in words, why the checks rejected it', async () => {
    server.use(
      http.get('/api/me', () => HttpResponse.json(operator)),
      http.get('/api/change-requests/9', () => HttpResponse.json(addition)),
    );

    renderRoute('/changes/9');

    expect(
      await screen.findByRole('heading', { name: 'Usulan CR-6112-2026-000009' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Budi Anak')).toBeInTheDocument();
    expect(screen.getByText('Ditolak pemeriksaan otomatis: data ganda')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'rumah tangga #31' })).toHaveAttribute(
      'href',
      '/households/31',
    );
    expect(screen.getByRole('link', { name: 'Buka rumah tangga' })).toHaveAttribute(
      'href',
      '/households/12',
    );
    expect(screen.queryByRole('link', { name: 'Putar ulang jejak audit' })).not.toBeInTheDocument();
    // The musdes' decision names its BA and links the deliberation and its signed PDF.
    expect(
      screen.getByText('Berita acara musyawarah desa/kelurahan: BA/07/2026'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Buka musyawarah/rapat' })).toHaveAttribute(
      'href',
      '/deliberations/42',
    );
    expect(
      screen.getByRole('link', { name: 'Unduh berita acara bertanda tangan' }),
    ).toHaveAttribute('href', '/api/deliberations/42/minutes');
  });

  it('says only that it is not found outside the caller’s region', async () => {
    server.use(
      http.get('/api/me', () => HttpResponse.json(operator)),
      http.get('/api/change-requests/9', () => problem(404, 'Usulan 9 tidak ditemukan.')),
    );

    renderRoute('/changes/9');

    expect(await screen.findByText('Usulan 9 tidak ditemukan.')).toBeInTheDocument();
    expect(screen.queryByText('Budi Anak')).not.toBeInTheDocument();
  });

  it('is not found for an id that is no number', () => {
    renderRoute('/changes/abc');

    expect(screen.queryByRole('heading', { name: /Usulan CR/ })).not.toBeInTheDocument();
  });
});
