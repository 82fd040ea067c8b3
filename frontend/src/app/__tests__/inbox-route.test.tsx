import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type { Me } from '@/features/auth/types';
import { deliberationTask, memberAddition, taskPage } from '@/features/inbox/fixtures';
import type { Task } from '@/features/inbox/types';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { InboxRoute } from '../routes/inbox';

const kades: Me = {
  username: 'kades-6112042002',
  fullName: 'Hasan Basri',
  role: 'VILLAGE_HEAD',
  regionCode: '61.12.04.2002',
  regionName: 'Teluk Empening',
  regionLevel: 'VILLAGE',
};

const task = (n: number): Task => ({
  ...deliberationTask,
  id: `task-${n}`,
  changeRequestId: n,
  changeRequestNumber: `CR-2026-00000${n}`,
});

/**
 * The inbox holds `tasks`; a decision takes its task off the list, unless the list `lags` behind
 * (the inbox is read from a model kept up after the engine). Returns the ids decided.
 */
function inbox(tasks: Task[], { lags = false } = {}) {
  let open = [...tasks];
  const decided: string[] = [];
  document.cookie = 'XSRF-TOKEN=token; path=/';
  server.use(
    http.get('/api/me', () => HttpResponse.json(kades)),
    http.get('/api/tasks', () => HttpResponse.json(taskPage(open))),
    http.get('/api/change-requests/:id', () => HttpResponse.json(memberAddition)),
    http.post('/api/tasks/:id/complete', ({ params }) => {
      const id = String(params.id);
      decided.push(id);
      if (!lags) {
        open = open.filter((left) => left.id !== id);
      }
      return HttpResponse.json(tasks.find((found) => found.id === id));
    }),
  );
  return decided;
}

type User = ReturnType<typeof renderWithProviders>['user'];

// The drawer loads on first use, and opens and closes with its animation: slow in jsdom.
const slow = { timeout: 8000 };

/** The drawer, once it has opened. */
const drawer = () => screen.findByRole('dialog', {}, slow);

/** Opens the task from its "Decide" button by the keyboard, approves it and saves. */
async function approve(user: User, number: string) {
  const open = await screen.findByRole('button', { name: `Putuskan ${number}` });
  open.focus();
  await user.keyboard('{Enter}');
  const opened = await drawer();
  await user.click(within(opened).getByText('Setujui'));
  await user.click(await within(opened).findByRole('button', { name: 'Simpan keputusan' }, slow));
}

describe('inbox screen', { timeout: 30_000 }, () => {
  it('after a decision, puts the keyboard on the next task and says the decision is saved', async () => {
    const decided = inbox([task(1), task(2), task(3)]);
    const { user } = renderWithProviders(<InboxRoute />, { path: '/inbox' });

    await approve(user, 'CR-2026-000002');

    const next = screen.getByRole('button', { name: 'Putuskan CR-2026-000003' });
    await waitFor(() => expect(next).toHaveFocus(), slow);
    expect(decided).toEqual(['task-2']);
    expect(screen.queryByText('CR-2026-000002')).not.toBeInTheDocument();
    // The drawer closes without taking the focus back to where it was opened from.
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), slow);
    expect(next).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Keputusan tersimpan.');

    // Opening the next task is the next step: what was said of the last one goes.
    await user.keyboard('{Enter}');
    expect(await drawer()).toHaveTextContent('Usulan CR-2026-000003');
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('goes on to the next task even while the list still shows the one decided', async () => {
    inbox([task(1), task(2), task(3)], { lags: true });
    const { user } = renderWithProviders(<InboxRoute />, { path: '/inbox' });

    await approve(user, 'CR-2026-000001');

    const next = screen.getByRole('button', { name: 'Putuskan CR-2026-000002' });
    await waitFor(() => expect(next).toHaveFocus(), slow);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), slow);
    expect(next).toHaveFocus();
  });

  it('passes over a task someone else has claimed, which the official cannot open', async () => {
    inbox([task(1), task(2), { ...task(3), claimedBy: 'kades-lain' }, task(4)]);
    const { user } = renderWithProviders(<InboxRoute />, { path: '/inbox' });

    await approve(user, 'CR-2026-000002');

    await waitFor(
      () => expect(screen.getByRole('button', { name: 'Putuskan CR-2026-000004' })).toHaveFocus(),
      slow,
    );
  });

  it('after the last task on the list, goes back up to the one before it', async () => {
    inbox([task(1), task(2)]);
    const { user } = renderWithProviders(<InboxRoute />, { path: '/inbox' });

    await approve(user, 'CR-2026-000002');

    await waitFor(
      () => expect(screen.getByRole('button', { name: 'Putuskan CR-2026-000001' })).toHaveFocus(),
      slow,
    );
  });

  it('after the only task, puts the keyboard on the inbox heading', async () => {
    inbox([task(1)]);
    const { user } = renderWithProviders(<InboxRoute />, { path: '/inbox' });

    await approve(user, 'CR-2026-000001');

    await waitFor(
      () => expect(screen.getByRole('heading', { name: 'Kotak masuk', level: 1 })).toHaveFocus(),
      slow,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Keputusan tersimpan.');
    expect(screen.getByText('Tidak ada tugas untuk Anda saat ini.')).toBeInTheDocument();
  });

  it('gives the keyboard back to the task it was opened from when closed undecided', async () => {
    const decided = inbox([task(1), task(2)]);
    const { user } = renderWithProviders(<InboxRoute />, { path: '/inbox' });

    const open = await screen.findByRole('button', { name: 'Putuskan CR-2026-000002' });
    open.focus();
    await user.keyboard('{Enter}');
    // Into the drawer, as a keyboard user goes.
    within(await drawer())
      .getByRole('radio', { name: 'Setujui' })
      .focus();
    expect(open).not.toHaveFocus();
    await user.keyboard('{Escape}');

    await waitFor(() => expect(open).toHaveFocus(), slow);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), slow);
    expect(open).toHaveFocus();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(decided).toEqual([]);
  });
});
