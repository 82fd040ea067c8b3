import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { problem } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { LoginForm } from '../components/login-form';
import { villageOperator } from '../fixtures';

const operator = villageOperator;

function withCsrfCookie() {
  document.cookie = 'XSRF-TOKEN=token; path=/';
}

describe('login form', () => {
  it("shows the server's error and keeps the input", async () => {
    withCsrfCookie();
    server.use(
      http.post('/api/auth/login', () => problem(401, 'Nama pengguna atau kata sandi salah.')),
    );
    const onSignedIn = vi.fn();
    const { user } = renderWithProviders(<LoginForm onSignedIn={onSignedIn} />);

    await user.type(screen.getByLabelText('Nama pengguna'), 'op-6112042002');
    await user.type(screen.getByLabelText('Kata sandi'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Masuk' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Nama pengguna atau kata sandi salah.',
    );
    expect(screen.getByLabelText('Nama pengguna')).toHaveValue('op-6112042002');
    expect(screen.getByLabelText('Kata sandi')).toHaveValue('wrong');
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('shows field errors from the server beside their fields', async () => {
    withCsrfCookie();
    server.use(
      http.post('/api/auth/login', () =>
        problem(400, 'Periksa kembali isian yang ditandai.', [
          { field: 'username', message: 'Nama pengguna terlalu panjang.' },
        ]),
      ),
    );
    const { user } = renderWithProviders(<LoginForm onSignedIn={vi.fn()} />);

    await user.type(screen.getByLabelText('Nama pengguna'), 'x'.repeat(61));
    await user.type(screen.getByLabelText('Kata sandi'), 'demo');
    await user.click(screen.getByRole('button', { name: 'Masuk' }));

    expect(await screen.findByText('Nama pengguna terlalu panjang.')).toBeInTheDocument();
  });

  it('lists above the form a field error no field of it shows', async () => {
    withCsrfCookie();
    server.use(
      http.post('/api/auth/login', () =>
        problem(400, 'Periksa kembali isian yang ditandai.', [
          { field: 'password', message: 'Kata sandi terlalu panjang.' },
          { field: 'realm', message: 'Ranah masuk tidak dikenal.' },
        ]),
      ),
    );
    const { user } = renderWithProviders(<LoginForm onSignedIn={vi.fn()} />);

    await user.type(screen.getByLabelText('Nama pengguna'), 'op-6112042002');
    await user.type(screen.getByLabelText('Kata sandi'), 'demo');
    await user.click(screen.getByRole('button', { name: 'Masuk' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Ranah masuk tidak dikenal.');
    expect(alert).not.toHaveTextContent('Kata sandi terlalu panjang.');
    expect(await screen.findByText('Kata sandi terlalu panjang.')).toBeInTheDocument();
  });

  it('asks for both fields before it sends anything', async () => {
    const { user } = renderWithProviders(<LoginForm onSignedIn={vi.fn()} />);

    await user.click(screen.getByRole('button', { name: 'Masuk' }));

    expect(await screen.findByText('Nama pengguna wajib diisi.')).toBeInTheDocument();
    expect(screen.getByText('Kata sandi wajib diisi.')).toBeInTheDocument();
  });

  it('signs in with the CSRF token and hands over the user', async () => {
    withCsrfCookie();
    let sent: unknown;
    server.use(
      http.post('/api/auth/login', async ({ request }) => {
        sent = { body: await request.json(), csrf: request.headers.get('X-XSRF-TOKEN') };
        return HttpResponse.json(operator);
      }),
    );
    const onSignedIn = vi.fn();
    const { user } = renderWithProviders(<LoginForm onSignedIn={onSignedIn} />);

    await user.type(screen.getByLabelText('Nama pengguna'), 'op-6112042002');
    await user.type(screen.getByLabelText('Kata sandi'), 'demo');
    await user.click(screen.getByRole('button', { name: 'Masuk' }));

    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(operator));
    expect(sent).toEqual({
      body: { username: 'op-6112042002', password: 'demo' },
      csrf: 'token',
    });
  });
});
