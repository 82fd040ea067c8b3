import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { villageOperator } from '@/features/auth/fixtures';
import type { Me } from '@/features/auth/types';
import { mediaQueryList } from '@/testing/match-media';
import { renderWithProviders } from '@/testing/render';

import { AppHeader } from '../app-header';

function renderHeader(me: Me) {
  return renderWithProviders(<AppHeader me={me} onSignedOut={vi.fn()} />);
}

describe('app header navigation', () => {
  beforeEach(() => {
    // A desktop: the links sit in the header itself.
    vi.spyOn(window, 'matchMedia').mockImplementation((query: string) =>
      mediaQueryList(query, 1280),
    );
  });

  it('leads supervisors to supervision and reports', () => {
    renderHeader({ ...villageOperator, role: 'SUPERVISOR', regionCode: '61.12' });

    expect(screen.getByRole('link', { name: 'Pengawasan' })).toHaveAttribute(
      'href',
      '/supervision',
    );
    expect(screen.getByRole('link', { name: 'Laporan' })).toHaveAttribute('href', '/reports');
  });

  it('leads a village operator to reports only', () => {
    renderHeader(villageOperator);

    expect(screen.queryByRole('link', { name: 'Pengawasan' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Laporan' })).toBeInTheDocument();
  });

  it('leads an auditor to neither', () => {
    renderHeader({ ...villageOperator, role: 'AUDITOR' });

    expect(screen.queryByRole('link', { name: 'Pengawasan' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Laporan' })).toBeNull();
  });

  it.each([
    'VILLAGE_HEAD',
    'SUBDISTRICT_HEAD',
    'DISTRICT_HEAD',
    'MINISTRY_OFFICER',
    'SUPERVISOR',
    'AUDITOR',
  ] as const)('leads a %s to the deliberations', (role) => {
    renderHeader({ ...villageOperator, role });

    expect(screen.getByRole('link', { name: 'Musyawarah' })).toHaveAttribute(
      'href',
      '/deliberations',
    );
  });

  it('leads an official from the user menu to their choice of e-mails', async () => {
    const { user } = renderHeader(villageOperator);

    await user.click(screen.getByRole('button', { name: /Siti Rahmawati/ }));
    expect(screen.getByRole('link', { name: /Pemberitahuan e-mail/ })).toHaveAttribute(
      'href',
      '/settings/notifications',
    );
  });

  it('leads an auditor to no e-mail choices: no work of theirs is ever due', async () => {
    const { user } = renderHeader({ ...villageOperator, role: 'AUDITOR' });

    await user.click(screen.getByRole('button', { name: /Siti Rahmawati/ }));
    expect(await screen.findByRole('menuitem', { name: /Keluar/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Pemberitahuan e-mail/ })).toBeNull();
  });

  it('leads a village operator to no deliberations', () => {
    renderHeader(villageOperator);

    expect(screen.queryByRole('link', { name: 'Musyawarah' })).toBeNull();
  });

  it.each([
    'DISTRICT_HEAD',
    'DISTRICT_OPERATOR',
    'MINISTRY_OFFICER',
    'SUPERVISOR',
    'AUDITOR',
    'SUBDISTRICT_HEAD',
    'SUBDISTRICT_OPERATOR',
  ] as const)('leads a %s to the verification rounds', (role) => {
    renderHeader({ ...villageOperator, role });

    expect(screen.getByRole('link', { name: 'Putaran verivali' })).toHaveAttribute(
      'href',
      '/rounds',
    );
  });

  it.each(['VILLAGE_OPERATOR', 'SUBDISTRICT_OPERATOR', 'SUBDISTRICT_HEAD'] as const)(
    'leads a %s to the field checks',
    (role) => {
      renderHeader({ ...villageOperator, role });

      expect(screen.getByRole('link', { name: 'Verifikasi lapangan' })).toHaveAttribute(
        'href',
        '/field-checks',
      );
    },
  );

  it.each(['VILLAGE_HEAD', 'DISTRICT_HEAD', 'SUPERVISOR', 'AUDITOR'] as const)(
    'leads a %s to no field checks',
    (role) => {
      renderHeader({ ...villageOperator, role });

      expect(screen.queryByRole('link', { name: 'Verifikasi lapangan' })).toBeNull();
    },
  );

  it.each(['VILLAGE_OPERATOR', 'VILLAGE_HEAD'] as const)(
    'leads a %s to no verification rounds',
    (role) => {
      renderHeader({ ...villageOperator, role });

      expect(screen.queryByRole('link', { name: 'Putaran verivali' })).toBeNull();
    },
  );
});
