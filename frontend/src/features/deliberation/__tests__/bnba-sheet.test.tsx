import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { BnbaSheet } from '../components/bnba-sheet';
import { plenaryBnba } from '../fixtures';

function renderSheet(bnba = plenaryBnba) {
  server.use(http.get('/api/deliberations/42/bnba', () => HttpResponse.json(bnba)));
  return renderWithProviders(<BnbaSheet id={42} backPath="/deliberations/42" />);
}

function householdRows() {
  const households = screen.getAllByRole('table')[0]!;
  return within(households).getAllByRole('row').slice(1);
}

describe('BNBA sheet', () => {
  it('lists every household decided with its head, NIK, KK, address, removal reason and decision', async () => {
    renderSheet();

    await screen.findByText('Daftar nama dan alamat (BNBA)');
    const rows = householdRows();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent(
      /1CR-2026-000101Ahmad Fauzi61120415038000016112040101200001Jl\. Parit Haji Husin No\. 12003\/005Teluk EmpeningVerifikasi ulangDisetujui/,
    );
    expect(rows[1]).toHaveTextContent(
      /2CR-2026-000102Siti Aminah61120458084100026112040101200002Dusun Sungai Kakap012\/004Terentang HilirPenghapusan rumah tanggaPindahDitolakMasih tinggal di alamat yang sama/,
    );
    // Each cell names its column, so that a phone can show a row as labelled lines.
    expect(within(rows[1]!).getByText('Pindah')).toHaveAttribute(
      'data-label',
      'Alasan penghapusan',
    );
  });

  it('heads the list with the office letterhead and the date in full, and ends it with the signatures', async () => {
    renderSheet();

    expect(await screen.findByText('PEMERINTAH KABUPATEN KUBU RAYA')).toBeInTheDocument();
    expect(screen.getByText('KECAMATAN TERENTANG')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Daftar nama dan alamat (BNBA)',
    );
    expect(
      screen.getByText('Lampiran Nomor berita acara BA/07/PLENO/XII/2026'),
    ).toBeInTheDocument();
    expect(screen.getAllByText('6 Desember 2026').length).toBeGreaterThan(0);
    expect(screen.getByText('Aula Kantor Camat Terentang, 6 Desember 2026')).toBeInTheDocument();
    expect(screen.getByText('Camat')).toBeInTheDocument();
    // The official's name, not the account's username.
    expect(screen.getByText('Drs. Hendra Saputra')).toBeInTheDocument();
    expect(screen.queryByText('camat-611204')).not.toBeInTheDocument();
    const attendance = screen.getAllByRole('table')[1]!;
    expect(within(attendance).getAllByRole('row').slice(1)[1]).toHaveTextContent('2TKSK Terentang');
  });

  it('heads a village deliberation with its desa, chaired by the Kepala Desa', async () => {
    renderSheet({
      ...plenaryBnba,
      level: 'VILLAGE',
      letterhead: [
        ...plenaryBnba.letterhead,
        { level: 'VILLAGE', code: '61.12.04.2002', name: 'Teluk Empening' },
      ],
    });

    expect(await screen.findByText('DESA TELUK EMPENING')).toBeInTheDocument();
    expect(screen.getByText('Kepala Desa')).toBeInTheDocument();
  });

  it('masks the NIKs and KK numbers on the copy posted at the village office', async () => {
    const { user } = renderSheet();

    await screen.findByText('Daftar nama dan alamat (BNBA)');
    await user.click(screen.getByRole('switch', { name: /Salinan untuk ditempel/ }));

    const rows = householdRows();
    expect(rows[0]).toHaveTextContent('611204******0001');
    expect(rows[0]).not.toHaveTextContent('6112041503800001');
    expect(rows[0]).not.toHaveTextContent('6112040101200001');
    expect(rows[1]).toHaveTextContent('611204******0002');
    expect(screen.getByText(/NIK dan No\. KK disamarkan\.$/)).toBeInTheDocument();
  });

  it('prints with the browser', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { user } = renderSheet();

    await user.click(await screen.findByRole('button', { name: /Cetak/ }));

    expect(print).toHaveBeenCalled();
    print.mockRestore();
  });
});
