import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';

import { signInPageQuery } from '@/features/auth/api/get-sign-in-page';
import { villageOperator } from '@/features/auth/fixtures';
import { deliberationTask, taskPage } from '@/features/inbox/fixtures';

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

  it('leads residents to their own status check, which needs no account', async () => {
    signedOut({ demo: false });
    renderWithProviders(<LoginRoute />, { path: '/login' });

    expect(
      await screen.findByRole('link', { name: 'Cek status kesejahteraan Anda' }),
    ).toHaveAttribute('href', '/cek');
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

describe('right after signing in', () => {
  it("shows the inbox's first page in plain HTML while the inbox itself is still loading", async () => {
    signedOut({ demo: false });
    document.cookie = 'XSRF-TOKEN=token';
    const overdue = {
      ...deliberationTask,
      id: 'task-2',
      changeRequestNumber: 'CR-2026-000008',
      householdHead: 'Siti Aminah',
      dueDate: '2026-01-05T08:00:00Z',
      overdue: true,
    };
    server.use(
      http.post('/api/auth/login', () => HttpResponse.json(villageOperator)),
      http.get('/api/tasks', ({ request }) => {
        const query = new URL(request.url).searchParams;
        // The very page the inbox asks first, so that it needs not ask again.
        expect(Object.fromEntries(query)).toEqual({ page: '0', size: '20' });
        return HttpResponse.json(taskPage([overdue], 1));
      }),
    );
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const router = createMemoryRouter(
      [
        { path: '/login', element: <LoginRoute /> },
        // The inbox's chunk that has not arrived yet.
        { path: '/inbox', lazy: () => new Promise<never>(() => undefined) },
      ],
      { initialEntries: ['/login?next=%2Finbox'] },
    );
    const user = userEvent.setup();
    render(
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );

    await user.type(await screen.findByLabelText('Nama pengguna'), 'op-6112042002');
    await user.type(screen.getByLabelText('Kata sandi'), 'demo');
    await user.click(screen.getByRole('button', { name: 'Masuk' }));

    // The first page's own chunk loads first: in a busy test run that may take a while.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kotak masuk' }, { timeout: 5000 }),
    ).toBeVisible();
    const row = within(
      await screen.findByRole('list', { name: 'Kotak masuk' }, { timeout: 5000 }),
    ).getByRole('listitem');
    expect(row).toHaveTextContent('CR-2026-000008');
    expect(row).toHaveTextContent('Usulan baru');
    expect(row).toHaveTextContent('Siti Aminah');
    expect(row).toHaveTextContent('Sungai Ambangah · Musyawarah desa/kelurahan');
    expect(row).toHaveTextContent('Terlambat');
    expect(screen.getByRole('status')).toHaveTextContent('Memuat');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(router.state.navigation.location?.pathname).toBe('/inbox');
  });
});
