import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { Page } from '@/lib/api-client';
import { problem } from '@/testing/http';
import { mediaQueryList } from '@/testing/match-media';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { HouseholdList } from '../components/household-list';
import type { HouseholdListFilter, HouseholdSummary } from '../types';

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
  subdistrictCode: '61.12.04',
  subdistrictName: 'Terentang',
  memberCount: 4,
  status: 'REMOVED',
};

function page(content: HouseholdSummary[], totalElements = content.length): Page<HouseholdSummary> {
  return { content, page: 0, size: 20, totalElements, totalPages: 1 };
}

function renderList(
  props: { filter?: HouseholdListFilter; page?: number; home?: string | null } = {},
) {
  const handlers = { onFilterChange: vi.fn(), onPageChange: vi.fn() };
  const rendered = renderWithProviders(
    <HouseholdList
      filter={props.filter ?? {}}
      page={props.page ?? 0}
      home={props.home === undefined ? '61.12.04.2002' : props.home}
      detailsPath={(id) => `/households/${id}`}
      {...handlers}
    />,
    { path: '/households' },
  );
  return { ...rendered, ...handlers };
}

function viewport(width: number) {
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) =>
    mediaQueryList(query, width),
  );
}

/** Answers the list with `content` and keeps each query string it was asked with. */
function households(content: HouseholdSummary[], total = content.length) {
  const searches: string[] = [];
  server.use(
    http.get('/api/households', ({ request }) => {
      searches.push(new URL(request.url).search);
      return HttpResponse.json(page(content, total));
    }),
    http.get('/api/regions', () => HttpResponse.json([])),
  );
  return searches;
}

describe('household list', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('lists the households of the page with translated statuses', async () => {
    let search = '';
    server.use(
      http.get('/api/households', ({ request }) => {
        search = new URL(request.url).search;
        return HttpResponse.json(page([household], 41));
      }),
    );

    viewport(1280);
    renderList({ filter: { q: 'ahmad' }, page: 2 });

    const row = (await screen.findByText('Ahmad Fauzi')).closest('tr') as HTMLElement;
    expect(within(row).getByText('6112••••••••0001')).toBeInTheDocument();
    expect(within(row).getByText('Jl. Parit Haji Husin, RT 001/RW 002')).toBeInTheDocument();
    expect(within(row).getByText('Dihapus')).toBeInTheDocument();
    expect(screen.getByText('41 rumah tangga')).toBeInTheDocument();
    expect(search).toBe('?q=ahmad&page=2&size=20');
  });

  it('says so when nothing matches the search', async () => {
    server.use(http.get('/api/households', () => HttpResponse.json(page([]))));

    renderList({ filter: { q: 'tidak ada' } });

    expect(
      await screen.findByText('Tidak ada rumah tangga yang cocok dengan “tidak ada”.'),
    ).toBeInTheDocument();
  });

  it('searches with the words the user typed', async () => {
    server.use(http.get('/api/households', () => HttpResponse.json(page([]))));
    const { user, onFilterChange } = renderList({ filter: { status: 'ACTIVE' } });

    await user.type(screen.getByRole('searchbox'), '  Fauzi {Enter}');

    expect(onFilterChange).toHaveBeenCalledWith({ status: 'ACTIVE', q: 'Fauzi' });
  });

  it('opens the details of the row the user clicks', async () => {
    viewport(1280);
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

  it('asks the server for the filter and sort, and shows where each household is to a district', async () => {
    viewport(1280);
    const searches = households([household], 1);

    renderList({
      home: '61.12',
      filter: { region: '61.12.04', status: 'ACTIVE', changeInFlight: false, sort: '-headName' },
    });

    const row = (await screen.findByText('Ahmad Fauzi')).closest('tr') as HTMLElement;
    expect(within(row).getByText('Terentang')).toBeInTheDocument();
    expect(within(row).getByText('Sungai Ambangah')).toBeInTheDocument();
    expect(searches[0]).toBe(
      '?region=61.12.04&status=ACTIVE&changeInFlight=false&sort=-headName&page=0&size=20',
    );
    expect(screen.getByRole('link', { name: /Unduh Excel/ })).toHaveAttribute(
      'href',
      '/api/households/export?region=61.12.04&status=ACTIVE&changeInFlight=false&sort=-headName',
    );
  });

  it('leaves the village out for a village, where every household is in it', async () => {
    viewport(1280);
    households([household]);

    renderList({ home: '61.12.04.2002' });

    await screen.findByText('Ahmad Fauzi');
    expect(screen.queryByRole('columnheader', { name: /Kecamatan/ })).not.toBeInTheDocument();
    expect(screen.queryByText('Sungai Ambangah')).not.toBeInTheDocument();
  });

  it('sorts by the column header the user clicks', async () => {
    viewport(1280);
    households([household]);
    const { user, onFilterChange } = renderList({ home: '61.12', filter: { region: '61.12.04' } });

    await screen.findByText('Ahmad Fauzi');
    await user.click(screen.getByRole('columnheader', { name: /Kepala keluarga/ }));

    expect(onFilterChange).toHaveBeenLastCalledWith({ region: '61.12.04', sort: 'headName' });
  });

  it('filters by a change under way and by status', async () => {
    viewport(1280);
    households([]);
    const { user, onFilterChange } = renderList();

    await user.click(screen.getByRole('combobox', { name: 'Usulan berjalan' }));
    await user.click(await screen.findByTitle('Ada usulan berjalan'));
    expect(onFilterChange).toHaveBeenLastCalledWith({ changeInFlight: true });

    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByTitle('Dihapus'));
    expect(onFilterChange).toHaveBeenLastCalledWith({ status: 'REMOVED' });
  });

  it('says the filter found nothing', async () => {
    households([]);

    renderList({ filter: { status: 'REMOVED' } });

    expect(
      await screen.findByText('Tidak ada rumah tangga yang cocok dengan filter ini.'),
    ).toBeInTheDocument();
  });

  it('shows cards, not a table, on a phone', async () => {
    viewport(360);
    households([household]);

    renderList({ home: '61.12' });

    const name = await screen.findByText('Ahmad Fauzi');
    expect(name.closest('.ant-card')).not.toBeNull();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('Sungai Ambangah, Terentang')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '6112••••••••0001' })).toHaveAttribute(
      'href',
      '/households/12',
    );
  });
});
