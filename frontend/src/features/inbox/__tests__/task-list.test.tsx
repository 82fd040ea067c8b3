import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { mediaQueryList } from '@/testing/match-media';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { TaskList } from '../components/task-list';
import { deliberationTask, taskPage } from '../fixtures';
import type { Stage, Task } from '../types';

const dayMs = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * dayMs).toISOString();

const overdue: Task = {
  ...deliberationTask,
  id: 'task-overdue',
  changeRequestNumber: 'CR-2026-000001',
  householdHead: 'Ahmad Fauzi',
  dueDate: inDays(-2),
  overdue: true,
};
const dueSoon: Task = {
  ...deliberationTask,
  id: 'task-soon',
  changeRequestNumber: 'CR-2026-000002',
  householdHead: 'Nur Aini',
  dueDate: inDays(3),
  claimedBy: 'kades-2002',
};
const onTime: Task = {
  ...deliberationTask,
  id: 'task-later',
  changeRequestNumber: 'CR-2026-000003',
  householdHead: 'Yusuf Hamdani',
  dueDate: inDays(20),
  claimedBy: 'someone-else',
};

function viewport(width: number) {
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) =>
    mediaQueryList(query, width),
  );
}

/** Answers the inbox with `tasks` and keeps each query string it was asked with. */
function inbox(tasks: Task[], total = tasks.length) {
  const searches: string[] = [];
  server.use(
    http.get('/api/tasks', ({ request }) => {
      searches.push(new URL(request.url).search);
      return HttpResponse.json(taskPage(tasks, total));
    }),
  );
  return searches;
}

function renderList(
  props: {
    stage?: Stage;
    overdueOnly?: boolean;
    region?: string;
    q?: string;
    home?: string | null;
    page?: number;
  } = {},
) {
  const handlers = { onFilterChange: vi.fn(), onPageChange: vi.fn(), onOpen: vi.fn() };
  const rendered = renderWithProviders(
    <TaskList
      stage={props.stage}
      overdueOnly={props.overdueOnly ?? false}
      region={props.region}
      q={props.q}
      home={props.home}
      page={props.page ?? 0}
      username="kades-2002"
      {...handlers}
    />,
  );
  return { ...rendered, ...handlers };
}

const rowOf = async (text: string) => (await screen.findByText(text)).closest('tr') as HTMLElement;

describe('task list', () => {
  it('lists the tasks with their due dates coloured by how late they are', async () => {
    viewport(1280);
    inbox([overdue, dueSoon, onTime], 3);

    renderList();

    const late = await rowOf('Ahmad Fauzi');
    expect(within(late).getByText('CR-2026-000001')).toBeInTheDocument();
    expect(within(late).getByText('Usulan baru')).toBeInTheDocument();
    expect(within(late).getByText('Sungai Ambangah')).toBeInTheDocument();
    expect(within(late).getByText('Musyawarah desa/kelurahan')).toBeInTheDocument();
    expect(within(late).getByText(/Terlambat/)).toHaveClass('ant-tag-red');
    expect(within(await rowOf('Nur Aini')).getByText(/Segera jatuh tempo/)).toHaveClass(
      'ant-tag-orange',
    );
    expect(
      within(await rowOf('Yusuf Hamdani'))
        .getByText('Diambil oleh someone-else')
        .closest('tr')
        ?.querySelector('[data-due]'),
    ).toHaveAttribute('data-due', 'onTime');
    expect(screen.getByText('3 tugas')).toBeInTheDocument();
  });

  it('asks the API for the stage, overdue work and page chosen', async () => {
    const searches = inbox([]);

    renderList({ stage: 'VILLAGE_DELIBERATION', overdueOnly: true, page: 2 });

    expect(
      await screen.findByText('Tidak ada tugas yang cocok dengan saringan.'),
    ).toBeInTheDocument();
    expect(searches).toEqual(['?stage=VILLAGE_DELIBERATION&overdue=true&page=2&size=20']);
  });

  it('leaves the filters out until the user chooses some', async () => {
    const searches = inbox([]);
    const { user, onFilterChange } = renderList();

    expect(await screen.findByText('Tidak ada tugas untuk Anda saat ini.')).toBeInTheDocument();
    expect(searches).toEqual(['?page=0&size=20']);

    await user.click(screen.getByRole('checkbox', { name: 'Hanya yang terlambat' }));

    expect(onFilterChange).toHaveBeenCalledWith({ stage: undefined, overdueOnly: true });
  });

  it('claims a task for the user and gives their own claim back', async () => {
    document.cookie = 'XSRF-TOKEN=token; path=/';
    inbox([overdue, dueSoon]);
    const claimed: string[] = [];
    server.use(
      http.post('/api/tasks/:id/:action', ({ params }) => {
        claimed.push(`${String(params.action)} ${String(params.id)}`);
        return HttpResponse.json(overdue);
      }),
    );
    const { user } = renderList();

    await user.click(await screen.findByRole('button', { name: 'Ambil CR-2026-000001' }));
    await user.click(screen.getByRole('button', { name: 'Lepaskan CR-2026-000002' }));

    await vi.waitFor(() => expect(claimed).toEqual(['claim task-overdue', 'unclaim task-soon']));
  });

  it("shows the server's message when someone else claimed the task first", async () => {
    document.cookie = 'XSRF-TOKEN=token; path=/';
    inbox([overdue]);
    server.use(
      http.post('/api/tasks/task-overdue/claim', () =>
        HttpResponse.json(
          { status: 409, detail: 'Tugas sudah diambil oleh kades-2003.' },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = renderList();

    await user.click(await screen.findByRole('button', { name: 'Ambil CR-2026-000001' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Tugas sudah diambil oleh kades-2003.',
    );
  });

  it('opens the task the user picks', async () => {
    inbox([overdue]);
    const { user, onOpen } = renderList();

    await user.click(await screen.findByRole('button', { name: 'Putuskan CR-2026-000001' }));

    expect(onOpen).toHaveBeenCalledWith(overdue);
  });

  it('asks the API for the search and region, and searches with the words typed', async () => {
    const searches = inbox([]);
    server.use(http.get('/api/regions', () => HttpResponse.json([])));
    const { user, onFilterChange } = renderList({
      region: '61.12.04',
      q: 'fauzi',
      home: '61.12',
    });

    expect(
      await screen.findByText('Tidak ada tugas yang cocok dengan saringan.'),
    ).toBeInTheDocument();
    expect(searches).toEqual(['?region=61.12.04&q=fauzi&page=0&size=20']);
    expect(screen.getByRole('combobox', { name: 'Kecamatan' })).toBeInTheDocument();

    const search = screen.getByRole('searchbox');
    await user.clear(search);
    await user.type(search, ' CR-6112-2026-000007 {Enter}');

    expect(onFilterChange).toHaveBeenCalledWith({
      stage: undefined,
      overdueOnly: false,
      region: '61.12.04',
      q: 'CR-6112-2026-000007',
    });
  });

  it('offers no region to a village, whose inbox is one village', async () => {
    inbox([]);

    renderList({ home: '61.12.04.2002' });

    expect(await screen.findByText('Tidak ada tugas untuk Anda saat ini.')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Kecamatan' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Desa/kelurahan' })).not.toBeInTheDocument();
  });

  it('claims the rows chosen in one request and says which someone else had', async () => {
    document.cookie = 'XSRF-TOKEN=token; path=/';
    viewport(1280);
    const free = { ...onTime, id: 'task-free', claimedBy: undefined };
    inbox([overdue, free]);
    const bodies: unknown[] = [];
    server.use(
      http.post('/api/tasks/claim', async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({
          claimed: 1,
          results: [
            {
              taskId: 'task-overdue',
              outcome: 'CLAIMED',
              changeRequestNumber: 'CR-2026-000001',
              claimedBy: 'kades-2002',
            },
            {
              taskId: 'task-free',
              outcome: 'TAKEN',
              changeRequestNumber: 'CR-2026-000003',
              claimedBy: 'kades-2003',
            },
          ],
        });
      }),
    );
    const { user } = renderList();

    await user.click(await screen.findByRole('checkbox', { name: 'Pilih CR-2026-000001' }));
    await user.click(screen.getByRole('checkbox', { name: 'Pilih CR-2026-000003' }));
    await user.click(screen.getByRole('button', { name: 'Ambil yang dipilih (2)' }));

    expect(await screen.findByText('1 tugas diambil.')).toBeInTheDocument();
    expect(screen.getByText('CR-2026-000003 sudah diambil oleh kades-2003.')).toBeInTheDocument();
    expect(bodies).toEqual([{ taskIds: ['task-overdue', 'task-free'] }]);
    expect(await screen.findByRole('button', { name: /Ambil yang dipilih \(0\)/ })).toBeDisabled();
  });

  it('claims every task that matches the filter with the filter, not the page', async () => {
    document.cookie = 'XSRF-TOKEN=token; path=/';
    inbox([overdue], 42);
    const bodies: unknown[] = [];
    server.use(
      http.post('/api/tasks/claim', async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({ claimed: 42, results: [] });
      }),
    );
    const { user } = renderList({ stage: 'VILLAGE_DELIBERATION', q: 'aini' });

    await user.click(await screen.findByRole('button', { name: 'Ambil semua yang cocok (42)' }));

    expect(await screen.findByText('42 tugas diambil.')).toBeInTheDocument();
    expect(bodies).toEqual([{ matching: { stage: 'VILLAGE_DELIBERATION', q: 'aini' } }]);
  });

  it('lets a phone choose tasks on their cards', async () => {
    document.cookie = 'XSRF-TOKEN=token; path=/';
    viewport(360);
    inbox([overdue, dueSoon]);
    const { user } = renderList();

    const own = await screen.findByRole('checkbox', { name: 'Pilih CR-2026-000001' });
    expect(screen.getByRole('checkbox', { name: 'Pilih CR-2026-000002' })).toBeDisabled();
    await user.click(own);

    expect(screen.getByRole('button', { name: 'Ambil yang dipilih (1)' })).toBeEnabled();
  });
});
