import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { regionList } from '@/features/resident/fixtures';

import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { paths } from '../paths';
import { ResidentObjectionRoute } from '../routes/resident-objection';
import { ResidentProposalRoute } from '../routes/resident-proposal';
import { ResidentStatusRoute } from '../routes/resident-status';

function publicApi() {
  server.use(
    regionList,
    http.get('/api/auth/csrf', () =>
      HttpResponse.json({ token: 'token', headerName: 'X-XSRF-TOKEN', demo: false }),
    ),
  );
}

const links = () => within(screen.getByRole('navigation', { name: 'Halaman lain untuk warga' }));

describe("residents' pages", () => {
  it('lead from the status page to proposing and objecting, with following one below the check', () => {
    publicApi();
    renderWithProviders(<ResidentStatusRoute />, { path: paths.residentStatus });

    expect(screen.getByRole('region', { name: 'Ikuti usulan atau sanggahan' })).toBeInTheDocument();
    expect(links().getByRole('link', { name: 'Usulkan rumah tangga miskin' })).toHaveAttribute(
      'href',
      '/usul',
    );
    expect(
      links().getByRole('link', { name: 'Sanggah rumah tangga yang tidak layak' }),
    ).toHaveAttribute('href', '/sanggah');
  });

  it('lead back from proposing and objecting to the status page', () => {
    publicApi();
    const proposal = renderWithProviders(<ResidentProposalRoute />, {
      path: paths.residentProposal,
    });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Usulan rumah tangga miskin' }),
    ).toBeInTheDocument();
    expect(
      links().getByRole('link', { name: 'Cek status DTKS atau ikuti usulan dan sanggahan' }),
    ).toHaveAttribute('href', '/cek');
    proposal.unmount();

    renderWithProviders(<ResidentObjectionRoute />, { path: paths.residentObjection });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Sanggahan rumah tangga di DTKS' }),
    ).toBeInTheDocument();
    expect(
      links().getByRole('link', { name: 'Cek status DTKS atau ikuti usulan dan sanggahan' }),
    ).toHaveAttribute('href', '/cek');
    expect(paths.residentTracking('USL-7K3M-9QX2')).toBe('/cek?kode=USL-7K3M-9QX2');
  });
});
