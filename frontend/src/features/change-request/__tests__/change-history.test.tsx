import { configure, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import type { Page } from '@/lib/api-client';
import { problem } from '@/testing/http';
import { mediaQueryList } from '@/testing/match-media';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { ChangeHistory } from '../components/change-history';
import type { ChangeRequestSummary } from '../types';
import { summary } from './fixtures';

const me = 'op-6112042002';

function page(content: ChangeRequestSummary[], totalElements = content.length) {
  return { content, page: 0, size: 10, totalElements, totalPages: Math.ceil(totalElements / 10) };
}

/** Answers the household's list and keeps each query it was asked. */
function listing(answer: (params: URLSearchParams) => Page<ChangeRequestSummary>) {
  const asked: URLSearchParams[] = [];
  server.use(
    http.get('/api/change-requests', ({ request }) => {
      const params = new URL(request.url).searchParams;
      asked.push(params);
      return HttpResponse.json(answer(params));
    }),
  );
  return asked;
}

function renderHistory() {
  document.cookie = 'XSRF-TOKEN=token; path=/';
  return renderWithProviders(<ChangeHistory householdId={12} username={me} />);
}

const mine = summary({});
const approved = summary({
  id: 400,
  number: 'CR-6112-2026-000400',
  type: 'UPDATE',
  stage: 'DONE',
  status: 'APPROVED',
  proposedAt: '2026-01-10T02:00:00Z',
});
const someoneElses = summary({
  id: 450,
  number: 'CR-6112-2026-000450',
  type: 'REMOVE_MEMBER',
  stage: 'VILLAGE_DELIBERATION',
  proposedBy: 'op-6112042003',
  proposedAt: '2026-02-01T02:00:00Z',
});

// Forms of many antd fields render slowly in jsdom, more so on a busy machine.
configure({ asyncUtilTimeout: 5000 });

function viewport(width: number) {
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) =>
    mediaQueryList(query, width),
  );
}

describe('change history', { timeout: 15_000 }, () => {
  it('lists the household’s changes with type, stage, status and who proposed them', async () => {
    viewport(1280);
    const asked = listing(() => page([mine, someoneElses, approved]));

    renderHistory();

    const row = (await screen.findByText('CR-6112-2026-000501')).closest('tr')!;
    expect(within(row).getByText('Verifikasi ulang')).toBeInTheDocument();
    expect(within(row).getByText('Verifikasi lapangan')).toBeInTheDocument();
    expect(within(row).getByText('Dalam proses')).toBeInTheDocument();
    expect(within(row).getByText(me)).toBeInTheDocument();
    const done = screen.getByText('CR-6112-2026-000400').closest('tr')!;
    expect(within(done).getByText('Perbaikan data')).toBeInTheDocument();
    expect(within(done).getByText('Disetujui')).toBeInTheDocument();
    expect(asked[0]?.get('household')).toBe('12');
    expect(asked[0]?.get('page')).toBe('0');
  });

  it('on a phone shows a card a change, with its status and the way to withdraw it', async () => {
    viewport(360);
    listing(() => page([mine, approved]));

    renderHistory();

    const card = (await screen.findByText('CR-6112-2026-000501')).closest('li')!;
    expect(within(card).getByText('Verifikasi lapangan')).toBeInTheDocument();
    expect(within(card).getByText('Dalam proses')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: /CR-6112-2026-000501/ })).toBeInTheDocument();
    const done = screen.getByText('CR-6112-2026-000400').closest('li')!;
    expect(within(done).getByText('Disetujui')).toBeInTheDocument();
    expect(document.querySelector('.ant-table')).toBeNull();
  });

  it('says so when the household has no changes', async () => {
    listing(() => page([]));

    renderHistory();

    expect(
      await screen.findByText('Belum ada perubahan yang diusulkan untuk rumah tangga ini.'),
    ).toBeInTheDocument();
  });

  it('pages through a long history', async () => {
    const asked = listing((params) =>
      page(
        [summary({ id: 900 + Number(params.get('page')), number: `CR-P${params.get('page')}` })],
        25,
      ),
    );
    const { user } = renderHistory();

    await screen.findByText('CR-P0');
    await user.click(screen.getByRole('listitem', { name: '2' }));

    expect(await screen.findByText('CR-P1')).toBeInTheDocument();
    expect(asked.at(-1)?.get('page')).toBe('1');
  });

  it('offers withdrawal only of the user’s own changes still in progress', async () => {
    listing(() => page([mine, someoneElses, approved]));

    renderHistory();

    expect(
      await screen.findByRole('button', { name: 'Tarik usulan CR-6112-2026-000501' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Tarik usulan/ })).toHaveLength(1);
  });

  it('withdraws after the user confirms, and lists the change as withdrawn', async () => {
    let withdrawn = false;
    listing(() => page([withdrawn ? { ...mine, status: 'WITHDRAWN', stage: 'DONE' } : mine]));
    const withdraw = vi.fn(() => {
      withdrawn = true;
      return HttpResponse.json({ ...mine, status: 'WITHDRAWN', stage: 'DONE' });
    });
    server.use(http.post('/api/change-requests/501/withdraw', withdraw));
    const { user } = renderHistory();

    await user.click(
      await screen.findByRole('button', { name: 'Tarik usulan CR-6112-2026-000501' }),
    );
    expect(await screen.findByText('Tarik usulan CR-6112-2026-000501?')).toBeInTheDocument();
    expect(withdraw).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Ya, tarik' }));

    expect(
      await screen.findByText('Usulan CR-6112-2026-000501 telah ditarik.'),
    ).toBeInTheDocument();
    expect(withdraw).toHaveBeenCalledOnce();
    expect(await screen.findByText('Ditarik')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Tarik usulan/ })).not.toBeInTheDocument();
  });

  it('shows why the server refuses a withdrawal', async () => {
    listing(() => page([mine]));
    server.use(
      http.post('/api/change-requests/501/withdraw', () =>
        problem(
          409,
          'Perubahan ini tidak dapat ditarik lagi: kabupaten/kota sudah mengesahkannya.',
        ),
      ),
    );
    const { user } = renderHistory();

    await user.click(
      await screen.findByRole('button', { name: 'Tarik usulan CR-6112-2026-000501' }),
    );
    await user.click(await screen.findByRole('button', { name: 'Ya, tarik' }));

    expect(
      await screen.findByText(
        'Perubahan ini tidak dapat ditarik lagi: kabupaten/kota sudah mengesahkannya.',
      ),
    ).toBeInTheDocument();
  });
});
