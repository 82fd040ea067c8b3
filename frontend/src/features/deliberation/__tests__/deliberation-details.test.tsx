import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { DeliberationDetails } from '../components/deliberation-details';
import { heldPlenary } from '../fixtures';

describe('deliberation details', () => {
  it('shows the record, the minutes to download and the decisions, and opens the BNBA', async () => {
    server.use(http.get('/api/deliberations/42', () => HttpResponse.json(heldPlenary)));
    const { user, router } = renderWithProviders(
      <DeliberationDetails id={42} listPath="/deliberations" bnbaPath="/deliberations/42/bnba" />,
      { path: '/deliberations/:id', route: '/deliberations/42' },
    );

    expect(
      await screen.findByRole('heading', { name: 'Rapat pleno kecamatan · BA/07/PLENO/XI/2026' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Unduh ba-pleno\.pdf/ })).toHaveAttribute(
      'href',
      '/api/deliberations/42/minutes',
    );
    const rejected = screen.getByText('CR-2026-000102').closest('tr')!;
    expect(within(rejected).getByText('Ditolak')).toBeInTheDocument();
    expect(within(rejected).getByText('Masih tinggal di alamat yang sama')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Cetak BNBA/ }));

    expect(router.state.location.pathname).toBe('/deliberations/42/bnba');
  });

  it('follows the engine passing the decisions on until every change has moved', async () => {
    const reads: number[] = [];
    server.use(
      http.get('/api/deliberations/42', () => {
        const applying = reads.length === 0 ? 2 : reads.length === 1 ? 1 : 0;
        reads.push(applying);
        return HttpResponse.json({ ...heldPlenary, applying });
      }),
    );
    renderWithProviders(
      <DeliberationDetails id={42} listPath="/deliberations" bnbaPath="/deliberations/42/bnba" />,
      { path: '/deliberations/:id', route: '/deliberations/42' },
    );

    expect(
      await screen.findByRole('progressbar', {
        name: 'Keputusan sedang diteruskan ke tahap berikutnya',
      }),
    ).toHaveAttribute('aria-valuetext', '0 dari 2 usulan sudah diteruskan.');
    expect(
      await screen.findByText('1 dari 2 usulan sudah diteruskan.', {}, { timeout: 4000 }),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('progressbar')).not.toBeInTheDocument(), {
      timeout: 4000,
    });
    expect(reads).toEqual([2, 1, 0]);
  }, 15_000);
});
