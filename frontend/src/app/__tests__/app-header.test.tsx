import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { villageOperator } from '@/features/auth/fixtures';
import { mediaQueryList } from '@/testing/match-media';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { AppShell } from '../app-shell';

const operator = villageOperator;

/** A browser window `width` pixels wide, as antd's breakpoints ask it through matchMedia. */
function viewport(width: number) {
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) =>
    mediaQueryList(query, width),
  );
}

function signedIn() {
  document.cookie = 'XSRF-TOKEN=token; path=/';
  let signedOut = false;
  server.use(
    http.get('/api/me', () => HttpResponse.json(operator)),
    // The inbox link's count of waiting tasks.
    http.get('/api/tasks', () =>
      HttpResponse.json({ content: [], page: 0, size: 1, totalElements: 0, totalPages: 0 }),
    ),
    http.post('/api/auth/logout', () => {
      signedOut = true;
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return { signedOut: () => signedOut };
}

describe('app header', () => {
  it('on a phone shows the app name and keeps the screens, user, language and sign-out in a menu', async () => {
    viewport(360);
    const session = signedIn();
    const { user, router } = renderWithProviders(<AppShell />);

    expect(await screen.findByRole('link', { name: 'Verivali' })).toBeInTheDocument();
    expect(screen.queryByText('Siti Rahmawati')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Keluar/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Kotak masuk' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Buka menu' }));
    const menu = await screen.findByRole('dialog');
    expect(within(menu).getByRole('link', { name: 'Kotak masuk' })).toBeInTheDocument();
    expect(within(menu).getByRole('link', { name: 'Rumah tangga' })).toBeInTheDocument();
    expect(within(menu).getByText('Siti Rahmawati')).toBeInTheDocument();
    expect(within(menu).getByText('Operator desa/kelurahan')).toBeInTheDocument();
    expect(within(menu).getByText('Sungai Ambangah')).toBeInTheDocument();

    await user.click(
      within(within(menu).getByRole('radiogroup', { name: 'Bahasa' })).getByText('EN'),
    );
    expect(await within(menu).findByText('Village operator')).toBeInTheDocument();
    expect(within(menu).getByRole('radiogroup', { name: 'Language' })).toBeInTheDocument();

    await user.click(within(menu).getByRole('button', { name: /Sign out/ }));
    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(session.signedOut()).toBe(true);
  });

  it('on a desktop shows the name and language in the header, and the role, region and sign-out in its menu', async () => {
    viewport(1280);
    const session = signedIn();
    const { user, router } = renderWithProviders(<AppShell />);

    const name = await screen.findByRole('button', { name: /Siti Rahmawati/ });
    // The name is cut to fit the line; in full in its title, with the role and region.
    expect(name).toHaveAttribute(
      'title',
      'Siti Rahmawati · Operator desa/kelurahan · Sungai Ambangah',
    );
    expect(screen.getByRole('radiogroup', { name: 'Bahasa' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Navigasi utama' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Buka menu' })).not.toBeInTheDocument();
    expect(screen.queryByText('Operator desa/kelurahan')).not.toBeInTheDocument();

    await user.click(name);
    expect(name).toHaveAttribute('aria-expanded', 'true');
    const menu = (await screen.findByRole('menuitem', { name: /Keluar/ })).closest<HTMLElement>(
      '[role="menu"]',
    )!;
    expect(within(menu).getByText('Operator desa/kelurahan')).toBeInTheDocument();
    expect(within(menu).getByText('Sungai Ambangah')).toBeInTheDocument();
    expect(within(menu).getByRole('link', { name: /Pemberitahuan e-mail/ })).toHaveAttribute(
      'href',
      '/settings/notifications',
    );

    await user.click(within(menu).getByRole('menuitem', { name: /Keluar/ }));
    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(session.signedOut()).toBe(true);
  });

  it('on a desktop marks the screen the user is on in the navigation', async () => {
    viewport(1280);
    signedIn();
    renderWithProviders(<AppShell />, { path: '/households/*', route: '/households/7' });

    const navigation = await screen.findByRole('navigation', { name: 'Navigasi utama' });
    const households = within(navigation).getByRole('link', { name: 'Rumah tangga' });
    expect(households.closest('li')).toHaveClass('ant-menu-item-selected');
    expect(within(navigation).getByRole('link', { name: 'Laporan' }).closest('li')).not.toHaveClass(
      'ant-menu-item-selected',
    );
  });
});
