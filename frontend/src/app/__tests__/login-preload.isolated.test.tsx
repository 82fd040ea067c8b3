import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { problem } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { preloadFirstPage, preloadScreen } from '../preload-screen';
import { LoginRoute } from '../routes/login';

vi.mock('../preload-screen', () => ({
  preloadFirstPage: vi.fn(),
  preloadScreen: vi.fn(),
  loadInboxPreview: () => import('@/features/inbox/components/inbox-preview'),
}));

function signedOut() {
  server.use(
    http.get('/api/me', () => problem(401, 'Silakan masuk terlebih dahulu.')),
    http.get('/api/auth/csrf', () =>
      HttpResponse.json({ token: 'token', headerName: 'X-XSRF-TOKEN', demo: false }),
    ),
  );
}

describe('what the sign-in page loads ahead', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("fetches the inbox's plain first page at once, and the screen itself only once the official types", async () => {
    signedOut();
    const { user } = renderWithProviders(<LoginRoute />, {
      path: '/login',
      route: '/login?next=%2Finbox',
    });

    expect(preloadFirstPage).toHaveBeenCalledWith('/inbox');
    expect(preloadScreen).not.toHaveBeenCalled();

    await user.type(await screen.findByLabelText('Nama pengguna'), 'op');

    expect(preloadScreen).toHaveBeenCalledWith('/inbox');
    expect(preloadScreen).toHaveBeenCalledTimes(1);
  });

  it('fetches the screen after three seconds of a form left alone', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    signedOut();
    renderWithProviders(<LoginRoute />, { path: '/login', route: '/login?next=%2Fhouseholds' });

    vi.advanceTimersByTime(2999);
    expect(preloadScreen).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(preloadScreen).toHaveBeenCalledWith('/households');
  });
});
