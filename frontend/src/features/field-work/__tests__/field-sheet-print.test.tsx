import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { FieldSheetPrint } from '../components/field-sheet-print';
import { fieldCheckPage, removalToVisit, toVisit } from '../fixtures';

const otherRt = {
  ...toVisit,
  taskId: 'task-14',
  changeRequestNumber: 'CR-6112-2026-000014',
  headName: 'Yusuf Hamid',
  rt: '004',
};

function answering(totalElements?: number) {
  const asked: URLSearchParams[] = [];
  server.use(
    // Members are another request, answered with none unless a test says otherwise.
    http.get('/api/field-checks/members', () => HttpResponse.json({})),
    http.get('/api/field-checks', ({ request }) => {
      asked.push(new URL(request.url).searchParams);
      return HttpResponse.json(
        fieldCheckPage([toVisit, removalToVisit, otherRt], { totalElements, size: 500 }),
      );
    }),
  );
  return asked;
}

describe('printed field sheet', () => {
  it('prints a page per RT of the households still to visit, with boxes to fill in', async () => {
    const asked = answering();
    renderWithProviders(<FieldSheetPrint filter={{ rw: '002' }} backPath="/field-checks?rw=002" />);

    const pages = await screen.findAllByRole('region');
    expect(pages).toHaveLength(2);
    expect(asked[0]?.get('status')).toBe('TO_VISIT');
    expect(asked[0]?.get('size')).toBe('500');
    expect(asked[0]?.get('rw')).toBe('002');

    const [first, second] = pages as [HTMLElement, HTMLElement];
    expect(within(first).getByRole('heading')).toHaveTextContent(
      'Lembar verifikasi lapangan · RW 002 / RT 001',
    );
    expect(first).toHaveTextContent('Desa/kelurahanSungai AmbangahDusunMelati');
    const households = within(first).getAllByRole('row').slice(1);
    expect(households).toHaveLength(2);
    expect(households[0]).toHaveTextContent(
      /^1Ahmad FauziJl\. Parit Haji Husin No\. 12CR-6112-2026-000011 · Verifikasi ulangDitemukan, masih layakPindahMeninggalData gandaTidak ditemukanSudah mampu____-____-________Kepemilikan rumah:/,
    );
    expect(households[1]).toHaveTextContent(/^2Siti Aminah/);
    expect(
      within(first).getByRole('columnheader', { name: 'Nama dan tanda tangan petugas' }),
    ).toBeInTheDocument();
    expect(within(second).getByRole('heading')).toHaveTextContent('RW 002 / RT 004');
    expect(within(second).getAllByRole('row').slice(1)[0]).toHaveTextContent(/^1Yusuf Hamid/);
  });

  it("lists each household's members under it, NIKs masked, to check at the door", async () => {
    answering();
    server.use(
      http.get('/api/field-checks/members', () =>
        HttpResponse.json({
          [toVisit.changeRequestId]: [
            {
              name: 'Ahmad Fauzi',
              nikMasked: '611204******0003',
              relationship: 'HEAD',
              sex: 'MALE',
            },
            {
              name: 'Nur Aini',
              nikMasked: '611204******0004',
              relationship: 'SPOUSE',
              sex: 'FEMALE',
            },
          ],
        }),
      ),
    );
    renderWithProviders(<FieldSheetPrint filter={{}} backPath="/field-checks" />);

    const [members] = await screen.findAllByRole('list', { name: 'Anggota rumah tangga' });
    expect(
      within(members!)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Ahmad Fauzi · 611204******0003 · Kepala keluarga',
      'Nur Aini · 611204******0004 · Istri/suami',
    ]);
  });

  it('says when the sheets hold only the first 500 households', async () => {
    answering(640);
    renderWithProviders(<FieldSheetPrint filter={{}} backPath="/field-checks" />);

    expect(
      await screen.findByText(
        'Yang dicetak hanya 3 dari 640 rumah tangga. Saring per RW atau RT untuk mencetak sisanya.',
      ),
    ).toBeInTheDocument();
  });

  it('prints with the browser', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    answering();
    const { user } = renderWithProviders(<FieldSheetPrint filter={{}} backPath="/field-checks" />);

    await screen.findAllByRole('region');
    await user.click(screen.getByRole('button', { name: /Cetak/ }));

    expect(print).toHaveBeenCalled();
  });
});
