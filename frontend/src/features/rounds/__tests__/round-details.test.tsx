import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { problem } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { RoundDetails } from '../components/round-details';
import { allStartedRound, fixtureToday, pausedRound, startingRound } from '../fixtures';
import type { Round } from '../types';

function renderRound(username: string, id = startingRound.id) {
  document.cookie = 'XSRF-TOKEN=token; path=/';
  return renderWithProviders(
    <RoundDetails id={id} username={username} listPath="/rounds" on={fixtureToday} />,
    { path: '/rounds/:id', route: `/rounds/${id}` },
  );
}

/** The round as the server has it now, which `pause` and `resume` change, and the requests made. */
function roundAnswers(initial: Round) {
  const state = { round: initial, reads: 0, posted: [] as string[] };
  server.use(
    http.get(`/api/rounds/${initial.id}`, () => {
      state.reads += 1;
      return HttpResponse.json(state.round);
    }),
    http.post(`/api/rounds/${initial.id}/pause`, ({ request }) => {
      state.posted.push(`pause ${request.headers.get('X-XSRF-TOKEN')}`);
      state.round = { ...state.round, status: 'PAUSED', estimatedFinish: undefined };
      return HttpResponse.json(state.round);
    }),
    http.post(`/api/rounds/${initial.id}/resume`, () => {
      state.posted.push('resume');
      state.round = { ...state.round, status: 'STARTING' };
      return HttpResponse.json(state.round);
    }),
  );
  return state;
}

function kecamatanItem(name: string) {
  return screen
    .getByRole('list', { name: 'Per kecamatan' })
    .querySelector<HTMLElement>(`li:has([aria-label="Kemajuan ${name}"])`)!;
}

describe('round details', () => {
  it('shows the overall bar and a bar per kecamatan, highlighting the one past its target', async () => {
    roundAnswers(startingRound);
    renderRound('kadinsos-6112');

    const overall = await screen.findByRole('progressbar', {
      name: 'Kemajuan Verivali DTKS 2027 tahap I',
    });
    expect(overall).toHaveAttribute('aria-valuenow', '20');
    expect(screen.getByRole('heading', { name: 'Verivali DTKS 2027 tahap I' })).toBeVisible();
    expect(screen.getByText('12,5 rumah tangga/menit')).toBeInTheDocument();

    const list = screen.getByRole('list', { name: 'Per kecamatan' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);

    const terentang = kecamatanItem('Terentang');
    expect(within(terentang).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '6.7');
    expect(within(terentang).getByText('20 dari 300 rumah tangga')).toBeInTheDocument();
    expect(within(terentang).getByText('Target 30 Nov 2026')).toBeInTheDocument();
    expect(within(terentang).getByText('Lewat target')).toBeInTheDocument();
    expect(terentang).toHaveAttribute('data-overdue', 'true');
    expect(within(terentang).getByRole('progressbar')).toHaveClass('ant-progress-status-exception');

    // Past its target too, but every household has its change: not late.
    const batuAmpar = kecamatanItem('Batu Ampar');
    expect(within(batuAmpar).getByText('100 dari 100 rumah tangga')).toBeInTheDocument();
    expect(within(batuAmpar).queryByText('Lewat target')).toBeNull();
    expect(batuAmpar).toHaveAttribute('data-overdue', 'false');

    const kubu = kecamatanItem('Kubu');
    expect(within(kubu).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0');
    expect(within(kubu).getByText('Target 31 Jan 2027')).toBeInTheDocument();
    expect(within(kubu).queryByText('Lewat target')).toBeNull();
  });

  it('lets the opener pause a starting round, then resume it', async () => {
    const state = roundAnswers(startingRound);
    const { user } = renderRound('kadinsos-6112');

    await user.click(await screen.findByRole('button', { name: /Jeda putaran/ }));

    expect(await screen.findByRole('button', { name: /Lanjutkan putaran/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Jeda putaran/ })).toBeNull();
    expect(screen.getByText('Dijeda')).toBeInTheDocument();
    expect(state.posted).toEqual(['pause token']);

    await user.click(screen.getByRole('button', { name: /Lanjutkan putaran/ }));

    expect(await screen.findByRole('button', { name: /Jeda putaran/ })).toBeInTheDocument();
    expect(state.posted).toEqual(['pause token', 'resume']);
  });

  it.each([
    ['another official of the district', startingRound, 'dinsos-6112'],
    ['the Camat', pausedRound, 'camat-611204'],
    ['the opener, once all have started', allStartedRound, 'dinsos-6112'],
  ])('offers no pause or resume to %s', async (_, round, username) => {
    roundAnswers(round);
    renderRound(username, round.id);

    await screen.findByRole('heading', { name: round.name });
    expect(screen.queryByRole('button', { name: /Jeda putaran/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Lanjutkan putaran/ })).toBeNull();
  });

  it('shows why a pause was refused and the round as it now stands', async () => {
    const state = roundAnswers(startingRound);
    server.use(
      http.post('/api/rounds/7/pause', () => {
        // All started meanwhile.
        state.round = { ...startingRound, status: 'ALL_STARTED', estimatedFinish: undefined };
        return problem(409, 'Putaran ini tidak sedang berjalan, jadi tidak dapat dijeda.');
      }),
    );
    const { user } = renderRound('kadinsos-6112');

    await user.click(await screen.findByRole('button', { name: /Jeda putaran/ }));

    expect(
      await screen.findByText('Putaran ini tidak sedang berjalan, jadi tidak dapat dijeda.'),
    ).toBeInTheDocument();
    expect(await screen.findByText('Semua sudah dimulai')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Jeda putaran/ })).toBeNull();
  });

  it('reads a starting round again by itself, and stops once it is no longer starting', async () => {
    const state = roundAnswers(startingRound);
    renderRound('camat-611204');

    expect(await screen.findByText('120 dari 600 rumah tangga')).toBeInTheDocument();
    state.round = {
      ...startingRound,
      status: 'ALL_STARTED',
      householdsDone: 600,
      percentDone: 100,
      allStartedAt: '2026-12-06T08:00:00Z',
    };

    expect(
      await screen.findByText('600 dari 600 rumah tangga', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    const reads = state.reads;
    await new Promise((resolve) => setTimeout(resolve, 3500));
    expect(state.reads).toBe(reads);
  });
});
