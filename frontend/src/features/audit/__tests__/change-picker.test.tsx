import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type { Page } from '@/lib/api-client';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { ChangePicker } from '../components/change-picker';
import type { ChangeSummary } from '../types';

const change: ChangeSummary = {
  id: 7,
  number: 'CR-2026-000007',
  type: 'REMOVE_HOUSEHOLD',
  stage: 'DONE',
  status: 'APPROVED',
  villageCode: '61.12.04.2002',
  villageName: 'Sungai Ambangah',
  householdHead: 'Ahmad Fauzi',
  proposedAt: '2026-03-02T08:00:00Z',
  proposedBy: 'operator.desa',
  overdue: false,
};

function serve() {
  server.use(
    http.get('/api/change-requests', () =>
      HttpResponse.json<Page<ChangeSummary>>({
        content: [change],
        page: 0,
        size: 20,
        totalElements: 1,
        totalPages: 1,
      }),
    ),
  );
}

function renderPicker() {
  return renderWithProviders(<ChangePicker replayPath={(id) => `/audit/changes/${id}`} />, {
    path: '/audit',
  });
}

describe('change picker', () => {
  it('lists the changes of the region with their status', async () => {
    serve();

    renderPicker();

    const row = (await screen.findByText('CR-2026-000007')).closest('tr') as HTMLElement;
    expect(within(row).getByText('Disetujui')).toBeInTheDocument();
    expect(within(row).getByText('Hapus rumah tangga')).toBeInTheDocument();
    expect(within(row).getByText('Ahmad Fauzi')).toBeInTheDocument();
  });

  it('opens a change by its number', async () => {
    serve();
    const { user, router } = renderPicker();
    await screen.findByText('CR-2026-000007');

    await user.type(screen.getByRole('searchbox'), 'cr-2026-000007{Enter}');

    expect(router.state.location.pathname).toBe('/audit/changes/7');
  });

  it('opens a change by its ID', async () => {
    serve();
    const { user, router } = renderPicker();

    await user.type(screen.getByRole('searchbox'), '42{Enter}');

    expect(router.state.location.pathname).toBe('/audit/changes/42');
  });

  it('says so when a number is not on the page', async () => {
    serve();
    const { user } = renderPicker();
    await screen.findByText('CR-2026-000007');

    await user.type(screen.getByRole('searchbox'), 'CR-1999-1{Enter}');

    expect(
      screen.getByText('Usulan “CR-1999-1” tidak ada di halaman ini. Masukkan ID-nya.'),
    ).toBeInTheDocument();
  });
});
