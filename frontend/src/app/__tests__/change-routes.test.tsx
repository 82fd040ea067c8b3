import { configure, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { villageOperator } from '@/features/auth/fixtures';
import type { Me } from '@/features/auth/types';
import { household } from '@/features/household/fixtures';
import type { Household } from '@/features/household/types';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { HouseholdRoute } from '../routes/household';
import { HouseholdsRoute } from '../routes/households';
import { NewChangeRoute } from '../routes/new-change';
import { NewHouseholdRoute } from '../routes/new-household';

const villageHead: Me = { ...villageOperator, username: 'kades-6112042002', role: 'VILLAGE_HEAD' };

const emptyPage = { content: [], page: 0, size: 20, totalElements: 0, totalPages: 0 };

function registry(me: Me, found: Household = household) {
  document.cookie = 'XSRF-TOKEN=token; path=/';
  server.use(
    http.get('/api/me', () => HttpResponse.json(me)),
    http.get('/api/households/12', () => HttpResponse.json(found)),
    http.get('/api/households', () => HttpResponse.json(emptyPage)),
    http.get('/api/change-requests', () => HttpResponse.json(emptyPage)),
  );
}

// Forms of many antd fields render slowly in jsdom, more so on a busy machine.
configure({ asyncUtilTimeout: 5000 });

describe('change request routes', { timeout: 15_000 }, () => {
  it('let a village operator choose a change type from the household’s page', async () => {
    registry(villageOperator);
    const { user, router } = renderWithProviders(<HouseholdRoute />, {
      path: '/households/:id',
      route: '/households/12',
    });

    expect(await screen.findByRole('heading', { name: 'Riwayat perubahan' })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Ajukan perubahan' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Penghapusan rumah tangga' }));

    expect(router.state.location.pathname).toBe('/households/12/changes/new');
    expect(router.state.location.search).toBe('?type=REMOVE_HOUSEHOLD');
  });

  it('show other officials the history but no way to propose', async () => {
    registry(villageHead);
    renderWithProviders(<HouseholdRoute />, {
      path: '/households/:id',
      route: '/households/12',
    });

    expect(await screen.findByRole('heading', { name: 'Riwayat perubahan' })).toBeInTheDocument();
    expect(screen.getByText('KK 6112040101200001')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ajukan perubahan' })).not.toBeInTheDocument();
  });

  it('offer no change for a household already removed', async () => {
    registry(villageOperator, { ...household, status: 'REMOVED', removalReason: 'MOVED' });
    renderWithProviders(<HouseholdRoute />, {
      path: '/households/:id',
      route: '/households/12',
    });

    expect(await screen.findByText('KK 6112040101200001')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ajukan perubahan' })).not.toBeInTheDocument();
  });

  it('show the new household button to village operators only', async () => {
    registry(villageOperator);
    const operator = renderWithProviders(<HouseholdsRoute />, { path: '/households' });

    await operator.user.click(await screen.findByRole('button', { name: 'Rumah tangga baru' }));
    expect(operator.router.state.location.pathname).toBe('/households/new');
    operator.unmount();

    registry(villageHead);
    renderWithProviders(<HouseholdsRoute />, { path: '/households' });
    expect(await screen.findByRole('heading', { name: 'Rumah tangga' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Rumah tangga baru' })).not.toBeInTheDocument();
  });

  it('start the form at the type the address names and return to the household', async () => {
    registry(villageOperator);
    server.use(
      http.post('/api/change-requests', () =>
        HttpResponse.json(
          {
            id: 501,
            number: 'CR-6112-2026-000501',
            type: 'REVERIFY',
            householdId: 12,
            status: 'IN_PROGRESS',
            stage: 'CHECKS',
            dueDate: null,
          },
          { status: 201 },
        ),
      ),
    );
    const { user, router } = renderWithProviders(<NewChangeRoute />, {
      path: '/households/:id/changes/new',
      route: '/households/12/changes/new?type=REVERIFY',
    });

    expect(
      await screen.findByText(
        'Seluruh rumah tangga akan diverifikasi ulang; tidak ada data lain yang perlu diisi.',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ajukan' }));

    expect(await screen.findByText('elsewhere')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/households/12');
  });

  it('refuse the new household form to anyone but a village operator', async () => {
    registry(villageHead);
    renderWithProviders(<NewHouseholdRoute />, { path: '/households/new' });

    expect(
      await screen.findByText('Anda tidak berwenang melakukan tindakan ini.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ajukan' })).not.toBeInTheDocument();
  });
});
