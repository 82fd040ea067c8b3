import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { BnbaSheet } from '../components/bnba-sheet';
import { heldPlenary } from '../fixtures';

function renderSheet() {
  server.use(http.get('/api/deliberations/42', () => HttpResponse.json(heldPlenary)));
  return renderWithProviders(<BnbaSheet id={42} backPath="/deliberations/42" />);
}

describe('BNBA sheet', () => {
  it('lists every decided household by name and address with its decision', async () => {
    renderSheet();

    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent(
      /1CR-2026-000101Ahmad FauziJl\. Parit Haji Husin No\. 12003\/005Teluk EmpeningVerifikasi ulangDisetujui/,
    );
    expect(rows[1]).toHaveTextContent(
      /2CR-2026-000102Siti AminahDusun Sungai Kakap012\/004Terentang HilirPenghapusan rumah tanggaDitolakMasih tinggal di alamat yang sama/,
    );
  });

  it('heads the list with the deliberation and ends it with the signatures', async () => {
    renderSheet();

    expect(await screen.findByText('Daftar nama dan alamat (BNBA)')).toBeInTheDocument();
    expect(screen.getByText('Rapat pleno kecamatan · Terentang')).toBeInTheDocument();
    expect(screen.getByText('Lampiran Nomor berita acara BA/07/PLENO/XI/2026')).toBeInTheDocument();
    expect(screen.getByText('Aula Kantor Camat Terentang')).toBeInTheDocument();
    expect(screen.getByText('Camat')).toBeInTheDocument();
    expect(screen.getByText('Perwakilan peserta')).toBeInTheDocument();
  });

  it('prints with the browser', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { user } = renderSheet();

    await user.click(await screen.findByRole('button', { name: /Cetak/ }));

    expect(print).toHaveBeenCalled();
    print.mockRestore();
  });
});
