import { screen, within } from '@testing-library/react';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { describe, expect, it } from 'vitest';

import { confirmFirst, problem } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { IntakePage } from '../components/intake-page';
import { waitingObjection, waitingProposal } from '../fixtures';
import type { IntakeDetails } from '../types';

type Action = 'accept' | 'reject' | 'follow-up';

/** What the server answers an action: the submission as it now stands, or a refusal. */
type Answer = IntakeDetails | Response;

/**
 * Serves `intake` and its actions: each action's answers in turn (the last one repeated); a decision saved changes
 * what the submission reads afterwards. Returns the bodies each action was sent.
 */
function serve(intake: IntakeDetails, answers: Partial<Record<Action, Answer[]>> = {}) {
  document.cookie = 'XSRF-TOKEN=token; path=/';
  let current = intake;
  const sent: { action: Action; body: unknown }[] = [];
  server.use(
    http.get(`/api/intake/${intake.trackingCode}`, () =>
      HttpResponse.json(current as JsonBodyType),
    ),
    http.post<{ action: Action }>(
      `/api/intake/${intake.trackingCode}/:action`,
      async ({ request, params }) => {
        const { action } = params;
        sent.push({ action, body: await request.json() });
        const queue = answers[action] ?? [];
        const answer = queue.length > 1 ? queue.shift() : queue[0];
        if (!answer) {
          return problem(403, 'Anda tidak berwenang melakukan tindakan ini.');
        }
        if (answer instanceof Response) {
          return answer;
        }
        current = answer;
        return HttpResponse.json(answer as JsonBodyType);
      },
    ),
  );
  return sent;
}

function renderPage(code: string) {
  return renderWithProviders(
    <IntakePage
      code={code}
      changePath={(id) => `/changes/${id}`}
      householdPath={(id) => `/households/${id}`}
      householdSearchPath={(name) => `/households?q=${encodeURIComponent(name)}`}
      inboxPath="/inbox"
    />,
  );
}

const acceptedProposal: IntakeDetails = {
  ...waitingProposal,
  state: 'ACCEPTED',
  decisions: [],
  outcome: {
    decidedBy: 'op.parit',
    decidedAt: '2026-12-08T02:30:00Z',
    changeRequestId: 901,
    changeRequestNumber: 'CR-6112-2026-000123',
  },
};

type User = ReturnType<typeof renderWithProviders>['user'];

/** Picks a radio by its label, as a person clicks it (antd hides the input itself). */
const choose = (user: User, form: HTMLElement, name: string | RegExp) =>
  user.click(within(form).getByRole('radio', { name }).closest('label') as HTMLElement);

/** A decision is saved once the submission is read again: slower on a busy machine than a first answer. */
const slow = { timeout: 5000 };

const decisionForm = async () =>
  (await screen.findByRole('heading', { name: 'Putuskan' })).closest('.ant-card') as HTMLElement;

describe("a resident's submission", () => {
  it('shows a proposal: who sent it and why, the household, its members and the photos', async () => {
    serve({ ...waitingProposal, dueDate: '2020-01-01T00:00:00Z', overdue: true });

    renderPage('USL-7K3M-9QX2');

    expect(
      await screen.findByRole('heading', { name: 'Usulan warga USL-7K3M-9QX2', level: 1 }),
    ).toBeInTheDocument();
    expect(screen.getByText('Menunggu keputusan')).toBeInTheDocument();
    expect(screen.getByText(/Terlambat/)).toHaveClass('ant-tag-red');
    expect(screen.getByText('6112••••••••0001')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '081234567890' })).toHaveAttribute(
      'href',
      'tel:081234567890',
    );
    expect(screen.getByText('Rumah tangganya sendiri')).toBeInTheDocument();
    expect(screen.getByText('Suami meninggal, tidak ada penghasilan tetap')).toBeInTheDocument();
    expect(screen.getByText('6112070101800009')).toBeInTheDocument();

    const members = screen.getByText('Rudi Hartono').closest('table') as HTMLElement;
    expect(screen.getByText('Anggota rumah tangga (2 orang)')).toBeInTheDocument();
    const child = within(members).getByText('Rudi Hartono').closest('tr') as HTMLElement;
    expect(within(child).getByText('6112071505100002')).toBeInTheDocument();
    expect(within(child).getByText('Laki-laki')).toBeInTheDocument();
    expect(within(child).getByText('Anak')).toBeInTheDocument();

    expect(screen.getByRole('img', { name: 'Foto rumah' })).toHaveAttribute(
      'src',
      '/api/intake/USL-7K3M-9QX2/documents/55',
    );
    expect(screen.getByRole('img', { name: 'Kartu keluarga (KK), 2 dari 2' })).toHaveAttribute(
      'src',
      '/api/intake/USL-7K3M-9QX2/documents/58',
    );
    expect(screen.getByRole('radio', { name: 'Terima usulan' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Tolak usulan' })).toBeInTheDocument();
  });

  it('shows an objection: whom, why, the statement, the house on the map and by when it lapses', async () => {
    serve({
      ...waitingObjection,
      // Midday: the same date in every time zone the test may run in.
      lapsesAt: '2026-12-21T12:00:00Z',
      documents: [
        ...waitingObjection.documents,
        { id: 60, purpose: 'FAMILY_CARD', mediaType: 'application/pdf', filename: 'kk.pdf' },
      ],
    });

    renderPage('SGH-4D2F-8KHT');

    expect(
      await screen.findByRole('heading', { name: 'Sanggahan warga SGH-4D2F-8KHT', level: 1 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Penyanggah' })).toBeInTheDocument();
    expect(screen.getByText('Jl. Parit Baru RT 3 RW 1, rumah bercat hijau')).toBeInTheDocument();
    expect(screen.getByText('Sudah mampu')).toBeInTheDocument();
    expect(screen.getByText('Memiliki toko dan dua mobil')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Lihat di peta (OpenStreetMap)' })).toHaveAttribute(
      'href',
      'https://www.openstreetmap.org/?mlat=-0.0321&mlon=109.3456#map=18/-0.0321/109.3456',
    );
    expect(screen.getByText('Gugur pada')).toBeInTheDocument();
    expect(screen.getByText(/21 Des 2026/)).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Foto rumah' })).toHaveAttribute(
      'src',
      '/api/intake/SGH-4D2F-8KHT/documents/57',
    );
    expect(screen.getByRole('link', { name: 'Kartu keluarga (KK) (PDF)' })).toHaveAttribute(
      'href',
      '/api/intake/SGH-4D2F-8KHT/documents/60',
    );
    // No phone: an objector gives none.
    expect(screen.queryByText('Nomor HP')).not.toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Tutup sanggahan' })).toBeInTheDocument();
  });

  it('accepts a proposal, which becomes a numbered change linked from the outcome', async () => {
    const sent = serve(waitingProposal, { accept: [acceptedProposal] });
    const { user } = renderPage('USL-7K3M-9QX2');

    const form = await decisionForm();
    await choose(user, form, 'Terima usulan');
    await user.click(within(form).getByRole('button', { name: 'Simpan keputusan' }));

    expect(await screen.findByText('Keputusan tersimpan.', {}, slow)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'CR-6112-2026-000123' })).toHaveAttribute(
      'href',
      '/changes/901',
    );
    expect(screen.getByText('op.parit')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Putuskan' })).not.toBeInTheDocument();
    expect(sent).toEqual([{ action: 'accept', body: {} }]);
  });

  it("shows the change proposal's warnings, and accepts once the operator confirms them", async () => {
    const sent = serve(waitingProposal, {
      accept: [
        confirmFirst([
          {
            code: 'PERSON_IN_OTHER_HOUSEHOLD',
            message: 'NIK 6112••••••••0002 adalah anggota aktif rumah tangga lain.',
          },
        ]),
        acceptedProposal,
      ],
    });
    const { user } = renderPage('USL-7K3M-9QX2');

    const form = await decisionForm();
    await choose(user, form, 'Terima usulan');
    await user.click(within(form).getByRole('button', { name: 'Simpan keputusan' }));

    expect(
      await screen.findByText('NIK 6112••••••••0002 adalah anggota aktif rumah tangga lain.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Periksa dulu sebelum melanjutkan. Belum ada yang disimpan.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Saya sudah memeriksa, tetap lanjutkan' }));

    expect(
      await screen.findByRole('link', { name: 'CR-6112-2026-000123' }, slow),
    ).toBeInTheDocument();
    expect(sent).toEqual([
      { action: 'accept', body: {} },
      { action: 'accept', body: { confirmedWarnings: ['PERSON_IN_OTHER_HOUSEHOLD'] } },
    ]);
  });

  it('accepts an objection for the registry household the operator chooses', async () => {
    const sent = serve(waitingObjection, {
      accept: [
        {
          ...waitingObjection,
          state: 'ACCEPTED',
          decisions: [],
          outcome: {
            decidedBy: 'op.parit',
            decidedAt: '2026-12-08T02:30:00Z',
            changeRequestId: 902,
            changeRequestNumber: 'CR-6112-2026-000124',
          },
        },
      ],
    });
    const { user } = renderPage('SGH-4D2F-8KHT');

    const form = await decisionForm();
    await choose(user, form, 'Terima sanggahan');
    // Both candidates, each with its address and a way to check it first.
    expect(
      within(form).getByRole('radio', { name: /Budi Susanto · Gg. Damai, RT 5\/RW 2/ }),
    ).toBeInTheDocument();
    expect(
      within(form).getByRole('link', { name: 'Lihat rumah tangga Budi Santoso' }),
    ).toHaveAttribute('href', '/households/12');
    await user.click(within(form).getByRole('button', { name: 'Simpan keputusan' }));
    expect(await within(form).findByText('Pilih rumah tangga yang disanggah.')).toBeInTheDocument();

    await choose(user, form, /Budi Santoso · Jl. Parit Baru No. 7/);
    await user.click(within(form).getByRole('button', { name: 'Simpan keputusan' }));

    expect(await screen.findByText('Verifikasi ulang rumah tangga', {}, slow)).toBeInTheDocument();
    expect(screen.getByText('Diterima, diverifikasi ulang')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'CR-6112-2026-000124' })).toHaveAttribute(
      'href',
      '/changes/902',
    );
    expect(sent).toEqual([{ action: 'accept', body: { householdId: 12 } }]);
  });

  it("takes another household's page address, and says so when that household already has a change", async () => {
    const sent = serve(
      { ...waitingObjection, objection: { ...waitingObjection.objection!, candidates: [] } },
      {
        accept: [
          problem(
            409,
            'Rumah tangga ini sudah memiliki usulan yang sedang berjalan: CR-6112-2026-000051.',
          ),
        ],
      },
    );
    const { user } = renderPage('SGH-4D2F-8KHT');

    const form = await decisionForm();
    await choose(user, form, 'Terima sanggahan');
    expect(within(form).getByText(/Tidak ada rumah tangga di desa ini/)).toBeInTheDocument();
    expect(
      within(form).getByRole('link', { name: 'Cari di halaman Rumah tangga' }),
    ).toHaveAttribute('href', '/households?q=Budi%20Santoso');
    await user.type(
      within(form).getByRole('textbox', { name: 'Nomor rumah tangga' }),
      'https://verivali.example/households/31',
    );
    await user.click(within(form).getByRole('button', { name: 'Simpan keputusan' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Rumah tangga ini sudah memiliki usulan yang sedang berjalan: CR-6112-2026-000051.',
    );
    expect(sent).toEqual([{ action: 'accept', body: { householdId: 31 } }]);
  });

  it("rejects with a reason, showing the server's objection to it beside the field", async () => {
    const sent = serve(waitingProposal, {
      reject: [
        problem(400, 'Permintaan tidak valid.', [
          { field: 'reason', message: 'Alasan harus menjelaskan mengapa usulan ditolak.' },
        ]),
        {
          ...waitingProposal,
          state: 'REJECTED',
          decisions: [],
          outcome: {
            decidedBy: 'op.parit',
            decidedAt: '2026-12-08T02:30:00Z',
            reason: 'Sudah terdaftar di DTKS dengan KK yang sama.',
          },
        },
      ],
    });
    const { user } = renderPage('USL-7K3M-9QX2');

    const form = await decisionForm();
    await choose(user, form, 'Tolak usulan');
    await user.click(within(form).getByRole('button', { name: 'Simpan keputusan' }));
    expect(await within(form).findByText('Alasan wajib diisi.')).toBeInTheDocument();

    const reason = within(form).getByRole('textbox', { name: 'Alasan' });
    await user.type(reason, 'x');
    await user.click(within(form).getByRole('button', { name: 'Simpan keputusan' }));
    const message = await within(form).findByText(
      'Alasan harus menjelaskan mengapa usulan ditolak.',
    );
    expect(message.closest('.ant-form-item')).toContainElement(reason);

    await user.clear(reason);
    await user.type(reason, '  Sudah terdaftar di DTKS dengan KK yang sama. ');
    await user.click(within(form).getByRole('button', { name: 'Simpan keputusan' }));

    expect(await screen.findByText('Keputusan tersimpan.', {}, slow)).toBeInTheDocument();
    expect(screen.getByText('Ditolak')).toHaveClass('ant-tag-red');
    expect(screen.getByText('Sudah terdaftar di DTKS dengan KK yang sama.')).toBeInTheDocument();
    expect(sent.map(({ body }) => body)).toEqual([
      { reason: 'x' },
      { reason: 'Sudah terdaftar di DTKS dengan KK yang sama.' },
    ]);
  });

  it('says why the server refuses a decision on a submission already decided', async () => {
    serve(waitingObjection, {
      reject: [problem(409, 'Sanggahan ini sudah diputuskan oleh op.parit.')],
    });
    const { user } = renderPage('SGH-4D2F-8KHT');

    const form = await decisionForm();
    await choose(user, form, 'Tutup sanggahan');
    await user.type(within(form).getByRole('textbox', { name: 'Alasan' }), 'Tidak terbukti');
    await user.click(within(form).getByRole('button', { name: 'Simpan keputusan' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Sanggahan ini sudah diputuskan oleh op.parit.',
    );
  });

  it('lets the Camat close the follow-up of an overdue one, with a note, and nothing more', async () => {
    const overdue: IntakeDetails = {
      ...waitingProposal,
      dueDate: '2020-01-01T00:00:00Z',
      overdue: true,
      escalated: true,
      followUpOpen: true,
      decisions: ['FOLLOW_UP'],
    };
    const sent = serve(overdue, {
      'follow-up': [{ ...overdue, followUpOpen: false, decisions: [] }],
    });
    const { user } = renderPage('USL-7K3M-9QX2');

    const card = (await screen.findByRole('heading', { name: 'Tindak lanjut camat' })).closest(
      '.ant-card',
    ) as HTMLElement;
    expect(screen.queryByRole('heading', { name: 'Putuskan' })).not.toBeInTheDocument();
    expect(screen.getByText('Terbuka, menunggu camat')).toBeInTheDocument();
    await user.type(
      within(card).getByRole('textbox', { name: 'Catatan' }),
      'Operator sudah dihubungi lewat telepon.',
    );
    await user.click(within(card).getByRole('button', { name: 'Tutup tindak lanjut' }));

    expect(await screen.findByText('Tindak lanjut ditutup.', {}, slow)).toBeInTheDocument();
    expect(screen.getByText('Sudah ditindaklanjuti camat')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Tindak lanjut camat' })).not.toBeInTheDocument();
    expect(sent).toEqual([
      { action: 'follow-up', body: { note: 'Operator sudah dihubungi lewat telepon.' } },
    ]);
  });

  it('says only that it is not found outside the official’s region', async () => {
    server.use(http.get('/api/intake/USL-0000-0000', () => problem(404, 'Tidak ditemukan.')));

    renderPage('USL-0000-0000');

    expect(await screen.findByText('Usulan atau sanggahan tidak ditemukan')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kembali ke kotak masuk' })).toHaveAttribute(
      'href',
      '/inbox',
    );
  });
});
