import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { villageOperator } from '@/features/auth/fixtures';
import type { Me } from '@/features/auth/types';
import { decided, fieldCheckPage, toVisit, villages } from '@/features/field-work/fixtures';
import type { FieldCheck } from '@/features/field-work/types';
import { mediaQueryList } from '@/testing/match-media';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { FieldChecksRoute } from '../routes/field-checks';
import { FieldVisitRoute } from '../routes/field-visit';

const camat: Me = {
  username: 'camat-611204',
  fullName: 'Drs. Hendra Saputra',
  role: 'SUBDISTRICT_HEAD',
  regionCode: '61.12.04',
  regionName: 'Terentang',
  regionLevel: 'SUBDISTRICT',
};

/** The screens as the router mounts them: the list, and a household's visit. */
const screens = (
  <Routes>
    <Route path="/field-checks" element={<FieldChecksRoute />} />
    <Route path="/field-checks/:taskId/visit" element={<FieldVisitRoute />} />
  </Routes>
);

function answers(me: Me) {
  document.cookie = 'XSRF-TOKEN=token; path=/';
  let open: FieldCheck[] = [toVisit];
  const asked: URLSearchParams[] = [];
  server.use(
    http.get('/api/me', () => HttpResponse.json(me)),
    http.get('/api/regions/:code', ({ params }) =>
      HttpResponse.json({
        code: params.code,
        name: 'Sungai Ambangah',
        level: 'VILLAGE',
        parentCode: '61.12.04',
      }),
    ),
    http.get('/api/field-checks/progress', () => HttpResponse.json(villages)),
    http.get('/api/field-checks', ({ request }) => {
      const params = new URL(request.url).searchParams;
      asked.push(params);
      const status = params.get('status');
      return HttpResponse.json(
        fieldCheckPage([...open, decided].filter((row) => !status || row.state === status)),
      );
    }),
    http.post('/api/field-checks/:taskId/visit', () => {
      open = [];
      return HttpResponse.json({ ...toVisit, state: 'DECIDED' });
    }),
  );
  return asked;
}

function renderAt(route: string) {
  return renderWithProviders(screens, { path: '/*', route });
}

describe('field checks screen', { timeout: 30_000 }, () => {
  beforeEach(() => {
    vi.spyOn(window, 'matchMedia').mockImplementation((query: string) =>
      mediaQueryList(query, 360),
    );
  });

  it('walks a village operator from the household to its saved visit in three taps', async () => {
    answers(villageOperator);
    localStorage.setItem('verivali.enumerator', 'Rudi Hartono');
    const { user, router } = renderAt('/field-checks?rw=002');

    expect(
      await screen.findByRole('heading', { name: 'Verifikasi lapangan · Sungai Ambangah' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Unduh lembar lapangan/ })).toHaveAttribute(
      'href',
      '/api/field-checks/sheet.xlsx?status=TO_VISIT&rw=002',
    );

    await user.click(await screen.findByRole('link', { name: 'Kunjungi Ahmad Fauzi' }));
    await user.click(
      (await screen.findByRole('radio', { name: 'Ditemukan, masih layak' })).closest('label')!,
    );
    await user.click(screen.getByRole('button', { name: 'Simpan kunjungan' }));

    await waitFor(() =>
      expect(router.state.location.pathname + router.state.location.search).toBe(
        '/field-checks?rw=002',
      ),
    );
    expect(await screen.findByText('Kunjungan ke Ahmad Fauzi tersimpan.')).toBeInTheDocument();
    expect(
      await screen.findByText('Tidak ada rumah tangga yang cocok dengan filter ini.'),
    ).toBeInTheDocument();
  });

  it('keeps the choice of every state in the address', async () => {
    const asked = answers(villageOperator);
    const { user, router } = renderAt('/field-checks');

    await screen.findByRole('link', { name: 'Kunjungi Ahmad Fauzi' });
    expect(asked.at(-1)?.get('status')).toBe('TO_VISIT');
    const group = screen.getByRole('radiogroup', { name: 'Status kunjungan' });
    await user.click(within(group).getByRole('radio', { name: 'Semua' }).closest('label')!);

    await waitFor(() => expect(router.state.location.search).toBe('?status=all'));
    await waitFor(() => expect(asked.at(-1)?.has('status')).toBe(false));
    expect(await screen.findByText('1. Ahmad Fauzi')).toBeInTheDocument();
    expect(screen.getByText('2. Budi Santoso')).toBeInTheDocument();
  });

  it('shows a camat each village’s progress first, then a village’s worklist to follow', async () => {
    const asked = answers(camat);
    const { user, router } = renderAt('/field-checks?round=5');

    await user.click(
      await screen.findByRole('button', { name: 'Lihat daftar kunjungan Sungai Ambangah' }),
    );

    await waitFor(() => expect(router.state.location.search).toBe('?region=61.12.04.2002&round=5'));
    expect(await screen.findByText('1. Ahmad Fauzi')).toBeInTheDocument();
    expect(asked.at(-1)?.get('region')).toBe('61.12.04.2002');
    expect(asked.at(-1)?.get('round')).toBe('5');
    expect(screen.queryByRole('link', { name: /Kunjungi/ })).toBeNull();
    expect(screen.queryByRole('link', { name: /Unduh lembar lapangan/ })).toBeNull();
    expect(screen.queryByRole('link', { name: /Impor lembar/ })).toBeNull();
    expect(screen.getByRole('link', { name: '← Semua desa/kelurahan' })).toHaveAttribute(
      'href',
      '/field-checks?round=5',
    );
  });
});
