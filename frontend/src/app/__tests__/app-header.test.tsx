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

  it('on a desktop shows the user, sign-out and language switch in the header itself', async () => {
    viewport(1280);
    signedIn();
    renderWithProviders(<AppShell />);

    expect(await screen.findByText('Siti Rahmawati')).toBeInTheDocument();
    expect(screen.getByText('Operator desa/kelurahan')).toBeInTheDocument();
    expect(screen.getByText('Sungai Ambangah')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Keluar/ })).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: 'Bahasa' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Buka menu' })).not.toBeInTheDocument();
  });
});
