import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { problem } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { RoundMatchReport } from '../components/round-match-report';
import { roundReportPath } from '../download-path';
import { roundMatchReport } from '../fixtures';
import { matchRows } from '../match-rows';
import type { MatchReport } from '../types';

function renderReport(refreshMs = 2500) {
  return renderWithProviders(<RoundMatchReport roundId={7} refreshMs={refreshMs} />);
}

function rowOf(name: string) {
  return screen.getByText(name).closest('tr') as HTMLElement;
}

/** Answers with each report in turn, the last one from then on, and counts the reads. */
function answers(...reports: MatchReport[]) {
  const state = { reads: 0 };
  server.use(
    http.get('/api/rounds/7/report', () => {
      const report = reports[Math.min(state.reads, reports.length - 1)];
      state.reads += 1;
      return HttpResponse.json(report);
    }),
  );
  return state;
}

describe('round match report', () => {
  it('shows the figures per kecamatan in the published columns, and the round total', async () => {
    answers(roundMatchReport);

    renderReport();

    const report = await screen.findByRole('region', { name: 'Laporan pemadanan Dukcapil' });
    const headers = within(report)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toEqual([
      'Kecamatan / desa',
      'Rumah tangga',
      'Anggota',
      'Padan',
      'Tidak padan',
      'NIK tidak dikenal',
      'Meninggal',
      'Belum dipadankan',
      'Diusulkan dihapus',
      'Tanpa e-KTP',
    ]);
    expect(await screen.findByText('Terentang')).toBeInTheDocument();
    expect(rowOf('Terentang')).toHaveTextContent(/120\s*480\s*452\s*24\s*2\s*2\s*2\s*2\s*6/);
    expect(rowOf('Kubu')).toHaveTextContent(/^Kubu(0)+$/);
    expect(rowOf('Jumlah')).toHaveTextContent(/Jumlah\s*120\s*480\s*452/);
    expect(screen.getByText(/Rumah tangga yang sudah dicapai: 120 dari 600\./)).toHaveTextContent(
      'Angka diperbarui otomatis',
    );
  });

  it("opens a kecamatan onto its villages' figures", async () => {
    answers(roundMatchReport);
    const { user } = renderReport();

    await screen.findByText('Terentang');
    expect(screen.queryByText('Terentang Hilir')).toBeNull();
    await user.click(within(rowOf('Terentang')).getByRole('button'));

    expect(rowOf('Terentang Hilir')).toHaveTextContent(/80\s*320\s*304\s*14\s*1/);
    expect(rowOf('Sungai Radak')).toHaveTextContent(/40\s*160\s*148\s*10\s*1/);
    // Kubu, not reached yet, has no villages to open.
    expect(within(rowOf('Kubu')).queryByRole('button')).toBeNull();
  });

  it('downloads the report as CSV and XLSX', async () => {
    answers(roundMatchReport);

    renderReport();

    expect(await screen.findByRole('link', { name: /Unduh CSV/ })).toHaveAttribute(
      'href',
      '/api/rounds/7/report.csv',
    );
    expect(screen.getByRole('link', { name: /Unduh XLSX/ })).toHaveAttribute(
      'href',
      '/api/rounds/7/report.xlsx',
    );
  });

  it('reads the report again while the round starts its changes, and no longer once all started', async () => {
    const state = answers(roundMatchReport, { ...roundMatchReport, status: 'ALL_STARTED' });

    renderReport(20);

    await waitFor(() => expect(state.reads).toBe(2));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(state.reads).toBe(2);
    expect(screen.queryByText(/Angka diperbarui otomatis/)).toBeNull();
  });

  it("shows the server's refusal in the user's language", async () => {
    server.use(http.get('/api/rounds/7/report', () => problem(404, 'Putaran 7 tidak ditemukan.')));

    renderReport();

    expect(await screen.findByRole('alert')).toHaveTextContent('Putaran 7 tidak ditemukan.');
  });
});

describe('match rows', () => {
  it('puts the villages under their kecamatan, and none under a kecamatan not reached yet', () => {
    const rows = matchRows(roundMatchReport);

    expect(rows.map((row) => [row.name, row.children?.map((village) => village.name)])).toEqual([
      ['Terentang', ['Terentang Hilir', 'Sungai Radak']],
      ['Kubu', undefined],
    ]);
  });
});

describe('round report path', () => {
  it("names the round's report file", () => {
    expect(roundReportPath('csv', 7)).toBe('/api/rounds/7/report.csv');
    expect(roundReportPath('xlsx', 12)).toBe('/api/rounds/12/report.xlsx');
  });
});
