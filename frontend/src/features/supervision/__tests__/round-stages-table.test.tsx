import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { problem } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { RoundStagesTable } from '../components/round-stages-table';
import { startingRoundProgress } from '../fixtures';
import type { RoundProgress } from '../types';

function renderTable(refreshMs = 2500) {
  return renderWithProviders(
    <RoundStagesTable roundId={7} refreshMs={refreshMs} roundPath="/rounds/7" />,
  );
}

function rowOf(name: string) {
  return screen.getByText(name, { selector: 'strong' }).closest('tr') as HTMLElement;
}

/** Answers with each view in turn, the last one from then on, and counts the reads. */
function answers(...views: RoundProgress[]) {
  const state = { reads: 0 };
  server.use(
    http.get('/api/supervision/rounds/7', () => {
      const view = views[Math.min(state.reads, views.length - 1)];
      state.reads += 1;
      return HttpResponse.json(view);
    }),
  );
  return state;
}

describe('round stages table', () => {
  it("shows each kecamatan's households at every stage against its target", async () => {
    answers(startingRoundProgress);

    renderTable();

    const section = await screen.findByRole('region', {
      name: 'Tahapan per kecamatan: Verivali DTKS 2027 tahap I',
    });
    const headers = within(section)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toEqual([
      'Kecamatan',
      'Selesai',
      'Belum dimulai',
      'Pemeriksaan',
      'Verifikasi lapangan',
      'Musyawarah desa',
      'Rapat pleno kecamatan',
      'Verifikasi kabupaten/kota',
      'Pengesahan kabupaten/kota',
      'Penetapan Kemensos',
      'Disetujui',
      'Ditolak',
      'Ditarik',
      'Target',
      'Laju per hari',
      'Perkiraan selesai',
      'Status',
    ]);
    // Not started, the seven stages (none at some), approved, rejected, withdrawn.
    expect(rowOf('Terentang')).toHaveTextContent(
      /200\s*40\s*25\s*10\s*0\s*0\s*0\s*5\s*12\s*6\s*2\s*30 Nov 2026\s*1,5\s*14 Jun 2027\s*Terlambat/,
    );
    expect(within(rowOf('Batu Ampar')).getByText('Sesuai jadwal')).toHaveClass('ant-tag-green');
    expect(within(rowOf('Kubu')).getByText('Berisiko')).toHaveClass('ant-tag-orange');
    expect(rowOf('Kubu')).toHaveTextContent('—');
    expect(rowOf('Jumlah')).toHaveTextContent(/400\s*40\s*25\s*10\s*0\s*0\s*0\s*5\s*102\s*16\s*2/);
    expect(screen.getByRole('link', { name: 'Buka halaman putaran' })).toHaveAttribute(
      'href',
      '/rounds/7',
    );
  });

  it("draws each kecamatan's stages as one bar, its parts in words for screen readers", async () => {
    answers(startingRoundProgress);

    renderTable();

    const bar = await screen.findByRole('progressbar', { name: 'Tahapan Terentang' });
    expect(bar).toHaveAttribute('aria-valuenow', '6');
    expect(bar).toHaveAttribute(
      'aria-valuetext',
      '20 dari 300 selesai (6%); Disetujui 12, Ditolak 6, Ditarik 2, Penetapan Kemensos 5, ' +
        'Musyawarah desa 10, Verifikasi lapangan 25, Pemeriksaan 40, Belum dimulai 200',
    );
    expect(
      [...bar.querySelectorAll<HTMLElement>('[data-segment]')].map(
        (part) => `${part.dataset.segment} ${parseFloat(part.style.width).toFixed(1)}%`,
      ),
    ).toEqual([
      'approved 4.0%',
      'rejected 2.0%',
      'withdrawn 0.7%',
      'MINISTRY_DETERMINATION 1.7%',
      'VILLAGE_DELIBERATION 3.3%',
      'FIELD_CHECK 8.3%',
      'CHECKS 13.3%',
      'notStarted 66.7%',
    ]);
    expect(screen.getByRole('progressbar', { name: 'Tahapan Batu Ampar' })).toHaveAttribute(
      'aria-valuenow',
      '100',
    );
    expect(screen.getByRole('progressbar', { name: 'Tahapan Jumlah' })).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/^120 dari 600 selesai \(20%\)/),
    );
    expect(
      within(screen.getByRole('list', { name: 'Keterangan warna' })).getAllByRole('listitem'),
    ).toHaveLength(11);
  });

  it('reads the round again while it starts its changes, and no longer once all started', async () => {
    const state = answers(startingRoundProgress, {
      ...startingRoundProgress,
      status: 'ALL_STARTED',
    });

    renderTable(20);

    await waitFor(() => expect(state.reads).toBe(2));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(state.reads).toBe(2);
  });

  it("shows the server's refusal in the user's language", async () => {
    server.use(
      http.get('/api/supervision/rounds/7', () => problem(404, 'Putaran 7 tidak ditemukan.')),
    );

    renderTable();

    expect(await screen.findByRole('alert')).toHaveTextContent('Putaran 7 tidak ditemukan.');
  });
});
