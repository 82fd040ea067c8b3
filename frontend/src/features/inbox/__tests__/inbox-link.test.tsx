import { act, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { inboxRefreshMs } from '../api/get-tasks';
import { InboxLink } from '../components/inbox-link';

function waiting(count: () => number) {
  server.use(
    http.get('/api/tasks', () =>
      HttpResponse.json({
        content: [],
        page: 0,
        size: 1,
        totalElements: count(),
        totalPages: count(),
      }),
    ),
  );
}

describe('inbox link', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts the waiting tasks in the menu and in the tab title', async () => {
    waiting(() => 3);

    renderWithProviders(<InboxLink to="/inbox" appName="Verivali" />);

    expect(
      await screen.findByRole('link', { name: /^Kotak masuk ?, 3 tugas menunggu$/ }),
    ).toHaveAttribute('href', '/inbox');
    expect(document.title).toBe('(3) Verivali');
  });

  it('shows new work without a reload', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let count = 0;
    waiting(() => count);
    renderWithProviders(<InboxLink to="/inbox" appName="Verivali" />);
    expect(await screen.findByRole('link', { name: 'Kotak masuk' })).toBeInTheDocument();
    expect(document.title).toBe('Verivali');

    count = 2;
    await act(() => vi.advanceTimersByTimeAsync(inboxRefreshMs + 100));

    expect(
      await screen.findByRole('link', { name: /^Kotak masuk ?, 2 tugas menunggu$/ }),
    ).toBeInTheDocument();
    expect(document.title).toBe('(2) Verivali');
  });
});
