import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { throttled } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { StatusPage } from '../components/status-page';
import { SubmissionTracking } from '../components/submission-tracking';
import { regionList } from '../fixtures';
import type { PublicSubmissionQuery, PublicSubmissionStatus } from '../submission-types';
import {
  acceptedProposal,
  fill,
  notFoundSubmission,
  waitingObjection,
  waitingProposal,
} from './submission-fixtures';

/** The tracking endpoint answering `answer`, with what each request sent. */
function tracking(answer: PublicSubmissionStatus) {
  const sent: PublicSubmissionQuery[] = [];
  server.use(
    http.post('/api/public/submissions/track', async ({ request }) => {
      sent.push((await request.json()) as PublicSubmissionQuery);
      return HttpResponse.json(answer);
    }),
  );
  return sent;
}

/** The status page as `/cek` shows it: the status check, and below it the tracking. */
function renderPage(route = '/cek') {
  document.cookie = 'XSRF-TOKEN=token; path=/';
  server.use(regionList);
  return renderWithProviders(
    <StatusPage>
      <SubmissionTracking />
    </StatusPage>,
    { path: '/cek', route },
  );
}

const section = () => screen.getByRole('region', { name: 'Ikuti usulan atau sanggahan' });

async function follow(user: UserEvent, code: string, nik = '6112045208900001') {
  fill(within(section()).getByLabelText('Kode pelacakan'), code);
  fill(within(section()).getByLabelText('NIK Anda'), nik);
  await user.click(within(section()).getByRole('button', { name: 'Lihat perkembangan' }));
}

const answer = (name: string | RegExp) => within(section()).findByRole('region', { name });

describe('following a proposal or objection', () => {
  it('takes the code however it is typed, and says whom the proposal waits for and until when', async () => {
    const sent = tracking(waitingProposal);
    const { user } = renderPage();

    await follow(user, 'usl 7k3m9qx2', '6112 0452 0890 0001');

    const waiting = await answer('Usulan USL-7K3M-9QX2');
    expect(waiting).toHaveTextContent(
      'Menunggu jawaban operator desa/kelurahan sejak 7 Desember 2026.',
    );
    expect(waiting).toHaveTextContent(
      'Operator desa/kelurahan menjawab paling lambat 14 Desember 2026.',
    );
    expect(waiting).not.toHaveTextContent('gugur');
    expect(sent).toEqual([{ trackingCode: 'USL-7K3M-9QX2', nik: '6112045208900001' }]);
    // The status check above keeps its own NIK field.
    expect(screen.getByLabelText('NIK')).toHaveValue('');
  });

  it('says when a waiting objection lapses, and when an answer is overdue', async () => {
    tracking({ ...waitingObjection, dueDate: '2020-01-08T03:00:00Z' });
    const { user } = renderPage();

    await follow(user, 'SGH-4D2F-8HJ1');

    const waiting = await answer('Sanggahan SGH-4D2F-8HJ1');
    expect(waiting).toHaveTextContent(
      'Bila belum diverifikasi, sanggahan ini gugur pada 21 Desember 2026.',
    );
    expect(waiting).toHaveTextContent(
      'Batas waktu jawaban sudah lewat. Camat akan menindaklanjutinya.',
    );
  });

  it("tells an accepted proposal's change number, its stage in words and since when, or how it ended", async () => {
    tracking(acceptedProposal);
    const { user } = renderPage();

    await follow(user, 'USL-7K3M-9QX2');

    const accepted = await answer('Usulan USL-7K3M-9QX2');
    expect(accepted).toHaveTextContent(
      'Usulan diterima pada 8 Desember 2026 dan sedang diproses sebagai perubahan data nomor 61.12-2026-000123.',
    );
    expect(accepted).toHaveTextContent('Tahap sekarangVerifikasi lapangan');
    expect(accepted).toHaveTextContent('Sejak9 Desember 2026');
    expect(accepted).not.toHaveTextContent('FIELD_CHECK');

    tracking({
      ...acceptedProposal,
      kind: 'OBJECTION',
      change: {
        number: '61.12-2026-000140',
        stage: 'DONE',
        since: '2027-02-01T02:00:00Z',
        status: 'APPROVED',
      },
    });
    await follow(user, 'SGH-4D2F-8HJ1');
    const ended = await answer('Sanggahan SGH-4D2F-8HJ1');
    expect(ended).toHaveTextContent(
      'Rumah tangga tersebut sedang diverifikasi ulang (nomor 61.12-2026-000140).',
    );
    expect(ended).toHaveTextContent('Hasil akhirDisetujui');
    expect(ended).toHaveTextContent('Pada1 Februari 2027');
  });

  it("gives the operator's reason for a refusal, and the day an objection lapsed", async () => {
    tracking({
      ...waitingProposal,
      state: 'REJECTED',
      stateSince: '2026-12-10T02:00:00Z',
      reason: 'Rumah tangga ini sudah terdaftar di DTKS.',
    });
    const { user } = renderPage();

    await follow(user, 'USL-7K3M-9QX2');
    const refused = await answer('Usulan USL-7K3M-9QX2');
    expect(refused).toHaveTextContent(
      'Usulan tidak diterima operator desa/kelurahan pada 10 Desember 2026.',
    );
    expect(refused).toHaveTextContent('Alasan operatorRumah tangga ini sudah terdaftar di DTKS.');

    tracking({ ...waitingObjection, state: 'LAPSED', stateSince: '2026-12-21T03:00:00Z' });
    await follow(user, 'SGH-4D2F-8HJ1');
    expect(await answer('Sanggahan SGH-4D2F-8HJ1')).toHaveTextContent(
      'Sanggahan gugur pada 21 Desember 2026 karena tidak diverifikasi dalam 14 hari.',
    );
  });

  it('says one neutral thing when the code and NIK do not match, and how long to wait when asked too often', async () => {
    tracking(notFoundSubmission);
    const { user } = renderPage();

    await follow(user, 'USL-7K3M-9QX2');

    const notFound = await answer('Tidak ditemukan');
    expect(notFound).toHaveTextContent('Tidak ada usulan atau sanggahan dengan kode dan NIK ini.');

    server.use(
      http.post('/api/public/submissions/track', () =>
        throttled('Terlalu banyak pelacakan dari perangkat ini.', 45),
      ),
    );
    await user.click(within(section()).getByRole('button', { name: 'Lihat perkembangan' }));
    const alert = await within(section()).findByRole('alert');
    expect(alert).toHaveTextContent('Terlalu banyak pelacakan dari perangkat ini.');
    expect(alert).toHaveTextContent('Coba lagi setelah 45 detik.');
    expect(within(section()).getByLabelText('Kode pelacakan')).toHaveValue('USL-7K3M-9QX2');
  });

  it("fills in the code a receipt's link carries, and checks a code's form before asking", async () => {
    const sent = tracking(waitingProposal);
    const { user } = renderPage('/cek?kode=USL-7K3M-9QX2');

    expect(within(section()).getByLabelText('Kode pelacakan')).toHaveValue('USL-7K3M-9QX2');
    expect(within(section()).getByLabelText('NIK Anda')).toHaveFocus();

    await follow(user, 'ABC-1234', '6112045208900001');

    const code = within(section()).getByLabelText('Kode pelacakan');
    expect(code).toHaveFocus();
    expect(code).toHaveAccessibleDescription(
      'Contoh: USL-7K3M-9QX2 atau SGH-7K3M-9QX2. Kode pelacakan ditulis seperti USL-7K3M-9QX2 atau SGH-7K3M-9QX2.',
    );
    expect(sent).toEqual([]);
  });
});
