import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import i18n from '@/lib/i18n';
import { problem } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { RoundList } from '../components/round-list';
import { allStartedRound, roundsPage, startingRound } from '../fixtures';

function renderList(props: { newPath?: string; page?: number } = {}) {
  const onPageChange = vi.fn();
  const rendered = renderWithProviders(
    <RoundList
      page={props.page ?? 0}
      onPageChange={onPageChange}
      newPath={props.newPath}
      detailPath={(id) => `/rounds/${id}`}
    />,
    { path: '/rounds' },
  );
  return { ...rendered, onPageChange };
}

function card(name: string) {
  return screen.getByRole('link', { name }).closest<HTMLElement>('[role="listitem"]')!;
}

describe('round list', () => {
  it('shows each round with its bar, households, status, rate and estimated finish', async () => {
    let search = '';
    server.use(
      http.get('/api/rounds', ({ request }) => {
        search = new URL(request.url).search;
        return HttpResponse.json(roundsPage([startingRound, allStartedRound]));
      }),
    );

    renderList();

    const bar = await screen.findByRole('progressbar', {
      name: 'Kemajuan Verivali DTKS 2027 tahap I',
    });
    expect(bar).toHaveAttribute('aria-valuenow', '20');
    expect(bar).toHaveAttribute('aria-valuetext', '20%, 120 dari 600 rumah tangga');
    expect(search).toBe('?page=0&size=20');

    const starting = card('Verivali DTKS 2027 tahap I');
    expect(within(starting).getByRole('link')).toHaveAttribute('href', '/rounds/7');
    expect(within(starting).getByText('120 dari 600 rumah tangga')).toBeInTheDocument();
    expect(within(starting).getByText('Berjalan')).toBeInTheDocument();
    expect(within(starting).getByText('12,5 rumah tangga/menit')).toBeInTheDocument();
    expect(within(starting).getByText('Perkiraan selesai')).toBeInTheDocument();
    expect(within(starting).getByText(/6 Des 2026/)).toBeInTheDocument();
    expect(within(starting).getByText('Kubu Raya · 3 kecamatan · mulai 2 Nov 2026')).toBeVisible();

    const done = card('Verivali Sungai Kakap 2026');
    expect(within(done).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    expect(within(done).getByText('450 dari 450 rumah tangga')).toBeInTheDocument();
    expect(within(done).getByText('Semua sudah dimulai')).toBeInTheDocument();
    expect(within(done).getByText('Semua dimulai pada')).toBeInTheDocument();
    expect(within(done).queryByText('Perkiraan selesai')).toBeNull();
  });

  it('offers to open a round only to those who may', async () => {
    server.use(http.get('/api/rounds', () => HttpResponse.json(roundsPage([startingRound]))));

    const { user, router } = renderList({ newPath: '/rounds/new' });
    await user.click(await screen.findByRole('button', { name: /Buka putaran/ }));

    expect(router.state.location.pathname).toBe('/rounds/new');
  });

  it('offers nothing to open to those who only follow the rounds', async () => {
    server.use(http.get('/api/rounds', () => HttpResponse.json(roundsPage([]))));

    renderList();

    expect(await screen.findByText('Belum ada putaran verivali.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Buka putaran/ })).toBeNull();
  });

  it('in English, with the rate and numbers as English writes them', async () => {
    await i18n.changeLanguage('en');
    server.use(
      http.get('/api/rounds', () =>
        HttpResponse.json(
          roundsPage([{ ...startingRound, householdsDone: 1200, householdsTotal: 6000 }]),
        ),
      ),
    );

    renderList();

    expect(await screen.findByText('1,200 of 6,000 households')).toBeInTheDocument();
    expect(screen.getByText('12.5 households/minute')).toBeInTheDocument();
    expect(screen.getByText('Running')).toBeInTheDocument();
  });

  it('tells why the list could not be read', async () => {
    server.use(http.get('/api/rounds', () => problem(500, 'Basis data tidak tersedia.')));

    renderList();

    expect(await screen.findByText('Basis data tidak tersedia.')).toBeInTheDocument();
  });
});
