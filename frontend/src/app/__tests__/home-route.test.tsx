import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type { Me } from '@/features/auth/types';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { HomeRoute } from '../routes/home';

const admin: Me = {
  username: 'admin',
  fullName: 'Administrator',
  role: 'ADMIN',
};

const operator: Me = {
  username: 'op-6112042002',
  fullName: 'Operator Desa Teluk Empening',
  role: 'VILLAGE_OPERATOR',
  regionCode: '61.12.04.2002',
  regionName: 'Teluk Empening',
  regionLevel: 'VILLAGE',
};

describe('home', () => {
  it('gives the administrator the way to Camunda Cockpit, not a refused screen', async () => {
    server.use(http.get('/api/me', () => HttpResponse.json(admin)));

    const { router } = renderWithProviders(<HomeRoute />);

    expect(
      await screen.findByRole('heading', { name: 'Administrasi mesin proses', level: 1 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Buka Camunda Cockpit' })).toHaveAttribute(
      'href',
      '/camunda/app/cockpit/',
    );
    expect(router.state.location.pathname).toBe('/');
  });

  it('takes an official to the households', async () => {
    server.use(http.get('/api/me', () => HttpResponse.json(operator)));

    const { router } = renderWithProviders(<HomeRoute />);

    await expect.poll(() => router.state.location.pathname).toBe('/households');
  });
});
