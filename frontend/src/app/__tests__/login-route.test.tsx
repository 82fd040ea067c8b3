import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { signInPageQuery } from '@/features/auth/api/get-sign-in-page';

import { problem } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { LoginRoute } from '../routes/login';

function signedOut({ demo }: { demo: boolean }) {
  server.use(
    http.get('/api/me', () => problem(401, 'Silakan masuk terlebih dahulu.')),
    http.get('/api/auth/csrf', () =>
      HttpResponse.json({ token: 'token', headerName: 'X-XSRF-TOKEN', demo }),
    ),
  );
}

describe('sign-in page', () => {
  it('on the demo warns, in the chosen language, that its accounts are public', async () => {
    signedOut({ demo: true });
    const { user } = renderWithProviders(<LoginRoute />, { path: '/login' });

    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('Ini demo');
    expect(warning).toHaveTextContent(
      'Semua akun demo, termasuk admin, memakai kata sandi umum “demo” yang diketahui siapa saja.',
    );

    await user.click(within(screen.getByRole('radiogroup', { name: 'Bahasa' })).getByText('EN'));

    expect(await screen.findByText('This is a demo')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Every demo account, admin included, has the public password “demo”',
    );
  });

  it('elsewhere shows no such warning', async () => {
    signedOut({ demo: false });
    const { queryClient } = renderWithProviders(<LoginRoute />, { path: '/login' });

    expect(await screen.findByRole('button', { name: 'Masuk' })).toBeInTheDocument();
    await vi.waitFor(() =>
      expect(queryClient.getQueryState(signInPageQuery().queryKey)?.status).toBe('success'),
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByText('Ini demo')).not.toBeInTheDocument();
  });
});
