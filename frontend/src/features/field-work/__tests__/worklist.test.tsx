import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { mediaQueryList } from '@/testing/match-media';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { Worklist } from '../components/worklist';
import { decided, fieldCheckPage, removalToVisit, toVisit } from '../fixtures';
import type { WorklistFilter } from '../types';

type User = ReturnType<typeof renderWithProviders>['user'];

/** A browser window `width` pixels wide, as antd's breakpoints ask it. */
function viewport(width: number) {
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) =>
    mediaQueryList(query, width),
  );
}

/** The worklist answers with every row the status allows; returns each request's query. */
function worklist() {
  const asked: URLSearchParams[] = [];
  server.use(
    http.get('/api/field-checks', ({ request }) => {
      const params = new URL(request.url).searchParams;
      asked.push(params);
      const status = params.get('status');
      const rows = [toVisit, removalToVisit, decided].filter(
        (row) => !status || row.state === status,
      );
      return HttpResponse.json(fieldCheckPage(rows));
    }),
  );
  return asked;
}

/** The page holds the filter, as the route does in the address. */
function Screen({ initial }: { initial: WorklistFilter }) {
  const [filter, setFilter] = useState(initial);
  const [page, setPage] = useState(0);
  return (
    <Worklist
      filter={filter}
      page={page}
      onFilterChange={(next) => {
        setFilter(next);
        setPage(0);
      }}
      onPageChange={setPage}
      visitPath={(taskId) => `/field-checks/${taskId}/visit`}
      printPath={(shown) => `/field-checks/print?rw=${shown.rw ?? ''}`}
      importPath="/field-checks/import"
      downloadsSheet
      oneVillage
    />
  );
}

function renderWorklist(initial: WorklistFilter = {}) {
  return renderWithProviders(<Screen initial={initial} />);
}

const rows = () => screen.getAllByRole('row').slice(1);

/** antd's choices take the tap on their label. */
async function chooseStatus(user: User, name: string) {
  const group = screen.getByRole('radiogroup', { name: 'Status kunjungan' });
  await user.click(within(group).getByRole('radio', { name }).closest('label')!);
}

async function pick(user: User, label: string, typed: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  if (typed) {
    await user.keyboard(typed);
  }
  await user.click(await screen.findByTitle(option));
}

describe('field check worklist', { timeout: 30_000 }, () => {
  it('lists the households in walking order with their change, due date, state and finding', async () => {
    viewport(1280);
    worklist();
    renderWorklist();

    await screen.findByText('Ahmad Fauzi');
    const [first, second, third] = rows();
    expect(first).toHaveTextContent(
      /^1Ahmad FauziJl\. Parit Haji Husin No\. 12001\/002MelatiCR-6112-2026-000011Verifikasi ulang.*TerlambatBelum dikunjungiKunjungi$/,
    );
    expect(second).toHaveTextContent(/^2Siti Aminah.*Penghapusan rumah tangga/);
    expect(second).not.toHaveTextContent('Terlambat');
    expect(third).toHaveTextContent(/^3Budi Santoso.*003\/002.*Sudah diputuskanPindah/);
    expect(third).toHaveTextContent('dikunjungi 4 Mar 2026 · dengan foto');
    expect(within(third!).queryByRole('link', { name: /Kunjungi/ })).toBeNull();

    expect(within(first!).getByRole('link', { name: 'Kunjungi Ahmad Fauzi' })).toHaveAttribute(
      'href',
      '/field-checks/task-11/visit',
    );
    expect(screen.getByText('3 rumah tangga')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Impor lembar yang sudah diisi/ })).toHaveAttribute(
      'href',
      '/field-checks/import',
    );
  });

  it('narrows by status, RW, RT and dusun, and downloads the sheet so narrowed', async () => {
    viewport(1280);
    const asked = worklist();
    const { user, router } = renderWorklist({ status: 'TO_VISIT' });

    await screen.findByText('Ahmad Fauzi');
    expect(asked.at(-1)?.get('status')).toBe('TO_VISIT');
    expect(rows()).toHaveLength(2);

    await chooseStatus(user, 'Sudah diputuskan');
    await waitFor(() => expect(asked.at(-1)?.get('status')).toBe('DECIDED'));
    expect(await screen.findByText('Budi Santoso')).toBeInTheDocument();
    await waitFor(() => expect(rows()).toHaveLength(1));

    await chooseStatus(user, 'Semua');
    await waitFor(() => expect(asked.at(-1)?.has('status')).toBe(false));
    await waitFor(() => expect(rows()).toHaveLength(3));

    // The RWs the rows name; one no row on this page names may be typed (2 is RW 002).
    await pick(user, 'RW', '', '002');
    await waitFor(() => expect(asked.at(-1)?.get('rw')).toBe('002'));
    await pick(user, 'RT', '7', '007');
    await waitFor(() => expect(asked.at(-1)?.get('rt')).toBe('007'));
    await pick(user, 'Dusun', '', 'Melati');
    await waitFor(() => expect(asked.at(-1)?.get('dusun')).toBe('Melati'));
    expect(asked.at(-1)?.get('page')).toBe('0');

    expect(screen.getByRole('link', { name: /Unduh lembar lapangan/ })).toHaveAttribute(
      'href',
      '/api/field-checks/sheet.xlsx?rw=002&rt=007&dusun=Melati',
    );
    await user.click(screen.getByRole('button', { name: /Cetak lembar per RT/ }));
    expect(router.state.location.pathname + router.state.location.search).toBe(
      '/field-checks/print?rw=002',
    );
  });

  it('shows a card per household on a phone, each with a wide "Kunjungi"', async () => {
    viewport(360);
    worklist();
    renderWorklist({ status: 'TO_VISIT' });

    const visit = await screen.findByRole('link', { name: 'Kunjungi Ahmad Fauzi' });
    expect(screen.queryByRole('table')).toBeNull();
    const card = visit.closest<HTMLElement>('.ant-card')!;
    expect(within(card).getByText('1. Ahmad Fauzi')).toBeInTheDocument();
    expect(
      within(card).getByText('RT/RW 001/002 · Dusun Melati · Sungai Ambangah'),
    ).toBeInTheDocument();
    expect(within(card).getByText('Terlambat')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kunjungi Siti Aminah' })).toBeInTheDocument();
  });

  it('hands the visit its household and the way back', async () => {
    viewport(1280);
    worklist();
    const { user, router } = renderWorklist({ status: 'TO_VISIT' });

    await user.click(await screen.findByRole('link', { name: 'Kunjungi Ahmad Fauzi' }));

    expect(router.state.location.pathname).toBe('/field-checks/task-11/visit');
    expect(router.state.location.state).toEqual({ fieldCheck: toVisit, from: '/' });
  });
});
