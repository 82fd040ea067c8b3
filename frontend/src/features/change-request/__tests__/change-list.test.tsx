import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { Page } from '@/lib/api-client';
import { mediaQueryList } from '@/testing/match-media';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { ChangeList } from '../components/change-list';
import type { ChangeListFilter, ChangeRequestSummary } from '../types';
import { summary } from './fixtures';

const removal = summary({
  id: 7,
  number: 'CR-6112-2026-000007',
  type: 'REMOVE_HOUSEHOLD',
  householdHead: 'Ahmad Fauzi',
  villageName: 'Teluk Empening',
});

function page(content: ChangeRequestSummary[]): Page<ChangeRequestSummary> {
  return { content, page: 0, size: 20, totalElements: content.length, totalPages: 1 };
}

function viewport(width: number) {
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) =>
    mediaQueryList(query, width),
  );
}

/** Answers the list with `content` and keeps each query string it was asked with. */
function changes(content: ChangeRequestSummary[]) {
  const searches: string[] = [];
  server.use(
    http.get('/api/change-requests', ({ request }) => {
      searches.push(new URL(request.url).search);
      return HttpResponse.json(page(content));
    }),
    http.get('/api/regions', () => HttpResponse.json([])),
  );
  return searches;
}

function renderList(filter: ChangeListFilter = {}) {
  const onFilterChange = vi.fn();
  const rendered = renderWithProviders(
    <ChangeList
      filter={filter}
      page={0}
      home="61.12"
      onFilterChange={onFilterChange}
      onPageChange={vi.fn()}
      changePath={(id) => `/changes/${id}`}
    />,
  );
  return { ...rendered, onFilterChange };
}

describe('change list', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('asks the server for the filter and sort, and exports the same', async () => {
    viewport(1280);
    const searches = changes([removal]);

    renderList({ region: '61.12.04', type: 'REMOVE_HOUSEHOLD', stage: 'FIELD_CHECK', sort: 'due' });

    const row = (await screen.findByText('Ahmad Fauzi')).closest('tr') as HTMLElement;
    expect(within(row).getByText('Penghapusan rumah tangga')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'CR-6112-2026-000007' })).toHaveAttribute(
      'href',
      '/changes/7',
    );
    expect(searches[0]).toBe(
      '?region=61.12.04&type=REMOVE_HOUSEHOLD&stage=FIELD_CHECK&sort=due&page=0&size=20',
    );
    expect(screen.getByRole('link', { name: /Unduh Excel/ })).toHaveAttribute(
      'href',
      '/api/change-requests/export?region=61.12.04&type=REMOVE_HOUSEHOLD&stage=FIELD_CHECK&sort=due',
    );
  });

  it('filters by type and status as the user chooses', async () => {
    viewport(1280);
    changes([]);
    const { user, onFilterChange } = renderList({ region: '61.12.04' });

    expect(
      await screen.findByText('Tidak ada usulan yang cocok dengan filter ini.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Jenis' }));
    await user.click(await screen.findByTitle('Verifikasi ulang'));
    expect(onFilterChange).toHaveBeenLastCalledWith({ region: '61.12.04', type: 'REVERIFY' });

    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByTitle('Ditolak'));
    expect(onFilterChange).toHaveBeenLastCalledWith({ region: '61.12.04', status: 'REJECTED' });
  });

  it('shows cards, not a table, on a phone', async () => {
    viewport(360);
    changes([removal]);

    renderList();

    const head = await screen.findByText('Ahmad Fauzi');
    expect(head.closest('.ant-card')).not.toBeNull();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
