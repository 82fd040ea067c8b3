import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import type { Page } from '@/lib/api-client';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { ReadsLog } from '../components/reads-log';
import type { HouseholdRead } from '../types';

const read: HouseholdRead = {
  at: '2026-03-02T08:15:00Z',
  user: 'operator.desa',
  householdId: 12,
  headName: 'Ahmad Fauzi',
  villageCode: '61.12.04.2002',
  villageName: 'Teluk Empening',
};

const householdPath = (id: number) => `/households/${id}`;

function page(content: HouseholdRead[], totalElements = content.length): Page<HouseholdRead> {
  return {
    content,
    page: 0,
    size: 20,
    totalElements,
    totalPages: Math.ceil(totalElements / 20),
  };
}

function recordSearches(totalElements = 1) {
  const searches: string[] = [];
  server.use(
    http.get('/api/audit/reads', ({ request }) => {
      searches.push(new URL(request.url).search);
      return HttpResponse.json(page([read], totalElements));
    }),
  );
  return searches;
}

describe('reads log', () => {
  it('lists who opened which household, by its head and village names', async () => {
    const searches = recordSearches();

    renderWithProviders(<ReadsLog householdPath={householdPath} />);

    const row = (await screen.findByText('operator.desa')).closest('tr') as HTMLElement;
    expect(
      within(row).getByRole('link', { name: 'Ahmad Fauzi (rumah tangga 12)' }),
    ).toHaveAttribute('href', '/households/12');
    expect(within(row).getByText('Teluk Empening')).toBeInTheDocument();
    expect(within(row).queryByText('61.12.04.2002')).not.toBeInTheDocument();
    expect(searches).toEqual(['?page=0&size=20']);
  });

  it('asks the API with the filters the auditor applies, and without them after a reset', async () => {
    const searches = recordSearches();
    const { user } = renderWithProviders(<ReadsLog householdPath={householdPath} />);
    await screen.findByText('operator.desa');

    await user.type(screen.getByLabelText('ID rumah tangga'), '12');
    await user.type(screen.getByLabelText('Pengguna'), ' operator.desa ');
    await user.type(screen.getByLabelText('Dari tanggal'), '01-03-2026');
    await user.type(screen.getByLabelText('Sampai tanggal'), '31-03-2026');
    await user.click(screen.getByRole('button', { name: 'Terapkan' }));

    await vi.waitFor(() =>
      expect(searches.at(-1)).toBe(
        '?household=12&user=operator.desa&from=2026-03-01&to=2026-03-31&page=0&size=20',
      ),
    );

    await user.click(screen.getByRole('button', { name: 'Atur ulang' }));

    await vi.waitFor(() => expect(searches.at(-1)).toBe('?page=0&size=20'));
  });

  it('pages through the reads, and filters from the first page again', async () => {
    const searches = recordSearches(45);
    const { user } = renderWithProviders(<ReadsLog householdPath={householdPath} />);
    await screen.findByText('operator.desa');
    expect(screen.getByText('45 akses')).toBeInTheDocument();

    await user.click(screen.getByRole('listitem', { name: '3' }));
    await vi.waitFor(() => expect(searches.at(-1)).toBe('?page=2&size=20'));

    await user.type(screen.getByLabelText('Pengguna'), 'kades');
    await user.click(screen.getByRole('button', { name: 'Terapkan' }));
    await vi.waitFor(() => expect(searches.at(-1)).toBe('?user=kades&page=0&size=20'));

    await user.click(screen.getByRole('listitem', { name: '2' }));
    await vi.waitFor(() => expect(searches.at(-1)).toBe('?user=kades&page=1&size=20'));
    await user.click(screen.getByRole('button', { name: 'Terapkan' }));
    await vi.waitFor(() => expect(searches.at(-1)).toBe('?user=kades&page=0&size=20'));
  });

  it('says so when nothing was read', async () => {
    server.use(http.get('/api/audit/reads', () => HttpResponse.json(page([]))));

    renderWithProviders(<ReadsLog householdPath={householdPath} />);

    expect(await screen.findByText('Tidak ada akses yang tercatat.')).toBeInTheDocument();
  });
});
