import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import { problem } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { FieldSheetImport } from '../components/field-sheet-import';
import { preview, sheetProblems } from '../fixtures';
import type { FieldImport } from '../types';

type User = ReturnType<typeof renderWithProviders>['user'];

const workbook = (name: string) =>
  new File(['PK workbook'], name, {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });

function renderImport() {
  return renderWithProviders(<FieldSheetImport worklistPath="/field-checks" />);
}

const choose = (user: User, file: File) =>
  user.upload(screen.getByLabelText('Berkas lembar lapangan'), file);

/** The sheet is refused with its bad cells first, then previewed once corrected. */
function uploads() {
  const sent: string[] = [];
  server.use(
    http.post('/api/field-checks/imports', async ({ request }) => {
      const file = (await request.formData()).get('file') as File;
      sent.push(await file.text());
      return sent.length === 1
        ? problem(
            400,
            'Ada 3 isian yang perlu diperbaiki; tidak ada yang disimpan atau diputuskan.',
            sheetProblems,
          )
        : HttpResponse.json(preview, { status: 201 });
    }),
  );
  return sent;
}

describe('field sheet import', { timeout: 30_000 }, () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=token; path=/';
  });

  it('lists every bad cell of a refused sheet, and takes the corrected file', async () => {
    const sent = uploads();
    const { user } = renderImport();

    await choose(user, workbook('lembar-lapangan.xlsx'));

    expect(
      await screen.findByText(
        'Ada 3 isian yang perlu diperbaiki; tidak ada yang disimpan atau diputuskan.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: '3 masalah di lembar-lapangan.xlsx' }),
    ).toBeInTheDocument();
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent(
      'Rumah Tangga4L · Hasil kunjungan"Pndah" tidak ada dalam daftar.',
    );
    expect(rows[1]).toHaveTextContent(
      'Rumah Tangga9N · Tanggal kunjungan"31-02-2026" bukan tanggal',
    );
    expect(rows[2]).toHaveTextContent(
      'Rumah Tangga12Seluruh barisNomor usulan ini sudah ada di baris 4.',
    );

    expect(screen.getByText('Pilih berkas yang sudah diperbaiki')).toBeInTheDocument();
    await choose(user, workbook('lembar-lapangan-perbaikan.xlsx'));

    expect(
      await screen.findByRole('heading', {
        name: 'Pratinjau lembar-lapangan-sungai-ambangah.xlsx',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Nomor usulan ini sudah ada di baris 4.')).toBeNull();
    expect(sent).toHaveLength(2);
  });

  it('previews what the sheet decides, then follows the decisions until all are applied', async () => {
    // What the engine has still to apply at each reading, then none.
    const applying = [2, 1];
    let confirmed = 0;
    server.use(
      http.post('/api/field-checks/imports', () =>
        HttpResponse.json(
          { ...preview, sameFileConfirmedAt: '2026-03-01T03:15:00Z' },
          { status: 201 },
        ),
      ),
      http.post('/api/field-checks/imports/7/confirm', () => {
        confirmed++;
        return HttpResponse.json({
          ...preview,
          status: 'CONFIRMED',
          applying: 3,
          confirmedAt: '2026-03-06T03:05:00Z',
        } satisfies FieldImport);
      }),
      http.get('/api/field-checks/imports/7', () =>
        HttpResponse.json({
          ...preview,
          status: 'CONFIRMED',
          applying: applying.shift() ?? 0,
        } satisfies FieldImport),
      ),
    );
    const { user } = renderImport();

    await choose(user, workbook('lembar-lapangan.xlsx'));

    await screen.findByRole('heading', { name: 'Pratinjau lembar-lapangan-sungai-ambangah.xlsx' });
    const figures = (label: string) =>
      screen.getByText(label).closest('tr')?.querySelector('td')?.textContent;
    expect(figures('Baris rumah tangga')).toBe('40');
    expect(figures('Akan diputuskan')).toBe('3');
    expect(figures('Menurut hasil kunjungan')).toBe('Ditemukan, masih layak: 1Pindah: 2');
    expect(figures('Menjadi penghapusan rumah tangga')).toBe('2');
    expect(figures('Belum dikunjungi (dilewati)')).toBe('35');
    expect(figures('Sudah diputuskan sebelumnya (dilewati)')).toBe('2');
    expect(
      screen.getByText(
        /^File ini sudah pernah diimpor pada 1 Mar 2026.*; baris yang sudah diputuskan dilewati$/,
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Konfirmasi dan putuskan' }));

    expect(await screen.findByText(/dari 3 keputusan diterapkan$/)).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Menerapkan keputusan' })).toBeInTheDocument();
    expect(
      await screen.findByText('Lembar lapangan diimpor', {}, { timeout: 8000 }),
    ).toBeInTheDocument();
    expect(screen.getByText('3 verifikasi lapangan diputuskan.')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Kembali ke daftar verifikasi lapangan' }),
    ).toHaveAttribute('href', '/field-checks');
    await waitFor(() => expect(confirmed).toBe(1));
  });

  it('offers to send the same file again when the link fails', async () => {
    let tries = 0;
    server.use(
      http.post('/api/field-checks/imports', () => {
        tries++;
        return tries === 1 ? HttpResponse.error() : HttpResponse.json(preview, { status: 201 });
      }),
    );
    const { user } = renderImport();

    await choose(user, workbook('lembar-lapangan.xlsx'));
    expect(
      await screen.findByText('Server tidak dapat dihubungi. Periksa koneksi Anda lalu coba lagi.'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(
      await screen.findByRole('heading', {
        name: 'Pratinjau lembar-lapangan-sungai-ambangah.xlsx',
      }),
    ).toBeInTheDocument();
  });
});
