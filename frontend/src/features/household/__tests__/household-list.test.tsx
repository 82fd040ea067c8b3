import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import type { Page } from '@/lib/api-client';
import { problem } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { HouseholdList } from '../components/household-list';
import type { HouseholdSummary } from '../types';

const household: HouseholdSummary = {
  id: 12,
  kkNumber: '6112••••••••0001',
  headName: 'Ahmad Fauzi',
  headNikMasked: '611204••••••0001',
  address: 'Jl. Parit Haji Husin',
  rt: '001',
  rw: '002',
  villageCode: '61.12.04.2002',
  villageName: 'Sungai Ambangah',
  memberCount: 4,
  status: 'REMOVED',
};

function page(content: HouseholdSummary[], totalElements = content.length): Page<HouseholdSummary> {
  return { content, page: 0, size: 20, totalElements, totalPages: 1 };
}

function renderList(props: { q?: string; page?: number } = {}) {
  const handlers = { onSearch: vi.fn(), onPageChange: vi.fn() };
  const rendered = renderWithProviders(
    <HouseholdList
      q={props.q ?? ''}
      page={props.page ?? 0}
      detailsPath={(id) => `/households/${id}`}
      {...handlers}
    />,
    { path: '/households' },
  );
  return { ...rendered, ...handlers };
}

describe('household list', () => {
  it('lists the households of the page with translated statuses', async () => {
    let search = '';
    server.use(
      http.get('/api/households', ({ request }) => {
        search = new URL(request.url).search;
        return HttpResponse.json(page([household], 41));
      }),
    );

    renderList({ q: 'ahmad', page: 2 });

    const row = (await screen.findByText('Ahmad Fauzi')).closest('tr') as HTMLElement;
    expect(within(row).getByText('6112••••••••0001')).toBeInTheDocument();
    expect(within(row).getByText('Jl. Parit Haji Husin, RT 001/RW 002')).toBeInTheDocument();
    expect(within(row).getByText('Dihapus')).toBeInTheDocument();
    expect(screen.getByText('41 rumah tangga')).toBeInTheDocument();
    expect(search).toBe('?q=ahmad&page=2&size=20');
  });

  it('says so when nothing matches the search', async () => {
    server.use(http.get('/api/households', () => HttpResponse.json(page([]))));

    renderList({ q: 'tidak ada' });

    expect(
      await screen.findByText('Tidak ada rumah tangga yang cocok dengan “tidak ada”.'),
    ).toBeInTheDocument();
  });

  it('searches with the words the user typed', async () => {
    server.use(http.get('/api/households', () => HttpResponse.json(page([]))));
    const { user, onSearch } = renderList();

    await user.type(screen.getByRole('searchbox'), '  Fauzi {Enter}');

    expect(onSearch).toHaveBeenCalledWith('Fauzi');
  });

  it('opens the details of the row the user clicks', async () => {
    server.use(http.get('/api/households', () => HttpResponse.json(page([household]))));
    const { user, router } = renderList();

    await user.click(await screen.findByText('Ahmad Fauzi'));

    expect(router.state.location.pathname).toBe('/households/12');
  });

  it("shows the server's error in the user's language", async () => {
    server.use(
      http.get('/api/households', () =>
        problem(403, 'Wilayah 61.71 di luar cakupan wilayah Anda.'),
      ),
    );

    renderList();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Wilayah 61.71 di luar cakupan wilayah Anda.',
    );
  });
});
