import { configure, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { confirmFirst, problem } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { ChangeRequestForm } from '../components/change-request-form';
import type { ChangeType, CreateChangeRequest } from '../types';
import { household, proposed } from './fixtures';

interface Sent {
  body: CreateChangeRequest;
  key: string | null;
}

/** The registry and the region list as the form asks them; 61.12.04 is the one known kecamatan. */
function registry() {
  const regionsAsked: string[] = [];
  server.use(
    http.get('/api/households/12', () => HttpResponse.json(household)),
    http.get('/api/regions/:code', ({ params }) => {
      const code = String(params.code);
      regionsAsked.push(code);
      return code === '61.12.04'
        ? HttpResponse.json({
            code,
            name: 'Sungai Raya',
            level: 'SUBDISTRICT',
            parentCode: '61.12',
          })
        : problem(404, `Region ${code} not found.`);
    }),
  );
  return regionsAsked;
}

/** Answers each proposal with the next of `answers` (the last one repeats), keeping what was sent. */
function proposing(...answers: (() => Response)[]) {
  const sent: Sent[] = [];
  server.use(
    http.post('/api/change-requests', async ({ request }) => {
      sent.push({
        body: (await request.json()) as CreateChangeRequest,
        key: request.headers.get('Idempotency-Key'),
      });
      const answer = answers[Math.min(sent.length, answers.length) - 1];
      return answer ? answer() : HttpResponse.json(proposed, { status: 201 });
    }),
  );
  return sent;
}

function renderExisting(initialType?: ChangeType) {
  document.cookie = 'XSRF-TOKEN=token; path=/';
  registry();
  const onProposed = vi.fn();
  const rendered = renderWithProviders(
    <ChangeRequestForm
      householdId={12}
      initialType={initialType}
      onProposed={onProposed}
      onCancel={vi.fn()}
    />,
  );
  return { ...rendered, onProposed };
}

function renderNewHousehold() {
  document.cookie = 'XSRF-TOKEN=token; path=/';
  const regionsAsked = registry();
  const onProposed = vi.fn();
  const rendered = renderWithProviders(
    <ChangeRequestForm
      villageCode="61.12.04.2002"
      villageName="Sungai Ambangah"
      onProposed={onProposed}
      onCancel={vi.fn()}
    />,
  );
  return { ...rendered, onProposed, regionsAsked };
}

/** Picks an option of an antd select by its label. */
async function choose(user: UserEvent, select: HTMLElement, option: string) {
  await user.click(select);
  const options = await screen.findAllByTitle(option);
  await user.click(options[options.length - 1]!);
}

const submit = (user: UserEvent) => user.click(screen.getByRole('button', { name: 'Ajukan' }));

// Forms of many antd fields render slowly in jsdom, more so on a busy machine.
configure({ asyncUtilTimeout: 5000 });

describe('change request form', { timeout: 15_000 }, () => {
  it('proposes a household’s removal with its reason, once, and names the new change', async () => {
    const sent = proposing();
    const { user, onProposed } = renderExisting('REMOVE_HOUSEHOLD');

    // Typing filters the options: what a keyboard user (or an end-to-end test) does first.
    await user.type(await screen.findByLabelText('Alasan penghapusan'), 'Meni');
    expect(screen.queryByTitle('Pindah')).not.toBeInTheDocument();
    await user.click(screen.getByTitle('Meninggal'));
    await user.type(screen.getByLabelText('Alasan pengusulan'), '  Seluruh anggota meninggal ');
    await submit(user);

    await vi.waitFor(() => expect(onProposed).toHaveBeenCalledWith(proposed), { timeout: 5000 });
    expect(sent.map(({ body }) => body)).toEqual([
      {
        type: 'REMOVE_HOUSEHOLD',
        householdId: 12,
        removalReason: 'DECEASED',
        reason: 'Seluruh anggota meninggal',
      },
    ]);
    expect(sent[0]?.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(
      await screen.findByText('Usulan CR-6112-2026-000501 telah diajukan.'),
    ).toBeInTheDocument();
  });

  it('asks for the removal reason before it sends anything', async () => {
    const sent = proposing();
    const { user } = renderExisting('REMOVE_HOUSEHOLD');

    await screen.findByLabelText('Alasan penghapusan');
    await submit(user);

    expect(await screen.findByText('Wajib diisi.')).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('proposes a re-verification with nothing but the household and the note', async () => {
    const sent = proposing();
    const { user, onProposed } = renderExisting();

    await user.type(await screen.findByLabelText('Catatan'), 'Verifikasi berkala 2026');
    await submit(user);

    await vi.waitFor(() => expect(onProposed).toHaveBeenCalled(), { timeout: 5000 });
    expect(sent.map(({ body }) => body)).toEqual([
      { type: 'REVERIFY', householdId: 12, note: 'Verifikasi berkala 2026' },
    ]);
  });

  it('goes ahead past a household’s change under way only once the proposer confirms it', async () => {
    const sent = proposing(
      () =>
        confirmFirst([
          {
            code: 'CHANGE_IN_FLIGHT',
            message:
              'Rumah tangga ini sudah memiliki usulan yang sedang berjalan: CR-6112-2026-000051, pada tahap Verifikasi lapangan.',
          },
        ]),
      () => HttpResponse.json(proposed, { status: 201 }),
    );
    const { user, onProposed } = renderExisting();

    await screen.findByLabelText('Catatan');
    await submit(user);

    expect(
      await screen.findByText(/CR-6112-2026-000051, pada tahap Verifikasi lapangan/),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Periksa dulu sebelum melanjutkan. Belum ada yang disimpan.'),
    ).toBeInTheDocument();
    expect(onProposed).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Saya sudah memeriksa, tetap lanjutkan' }));

    await vi.waitFor(() => expect(onProposed).toHaveBeenCalled(), { timeout: 5000 });
    expect(sent.map(({ body }) => body)).toEqual([
      { type: 'REVERIFY', householdId: 12 },
      { type: 'REVERIFY', householdId: 12, confirmedWarnings: ['CHANGE_IN_FLIGHT'] },
    ]);
    // One proposal, retried: the same Idempotency-Key both times.
    expect(new Set(sent.map(({ key }) => key)).size).toBe(1);
  });

  it('picks the member to remove among the active ones', async () => {
    const sent = proposing();
    const { user, onProposed } = renderExisting('REMOVE_MEMBER');

    await user.click(await screen.findByLabelText('Anggota yang dikeluarkan'));
    expect(screen.queryByTitle('Siti Aminah (Anak)')).not.toBeInTheDocument();
    await user.click(screen.getByTitle('Nurhayati (Istri/suami)'));
    await choose(user, screen.getByLabelText('Alasan penghapusan'), 'Pindah');
    await submit(user);

    await vi.waitFor(() => expect(onProposed).toHaveBeenCalled(), { timeout: 5000 });
    expect(sent.map(({ body }) => body)).toEqual([
      { type: 'REMOVE_MEMBER', householdId: 12, memberId: 2, removalReason: 'MOVED' },
    ]);
  });

  it('adds a member with a NIK that meets every rule', async () => {
    const sent = proposing();
    const { user, onProposed } = renderExisting('ADD_MEMBER');

    const nik = await screen.findByLabelText('NIK');
    // Marked required as the other fields are.
    expect(document.querySelector(`label[for="${nik.id}"]`)).toHaveClass('ant-form-item-required');
    await user.type(nik, '6112046205900002');
    await user.type(screen.getByLabelText('Nama lengkap'), 'Nurhayati');
    await user.type(screen.getByLabelText('Tanggal lahir'), '22-05-1990');
    await choose(user, screen.getByLabelText('Jenis kelamin'), 'Perempuan');
    await choose(user, screen.getByLabelText('Hubungan dengan kepala keluarga'), 'Anak');
    await submit(user);

    await vi.waitFor(() => expect(onProposed).toHaveBeenCalled(), { timeout: 5000 });
    expect(sent.map(({ body }) => body)).toEqual([
      {
        type: 'ADD_MEMBER',
        householdId: 12,
        member: {
          nik: '6112046205900002',
          name: 'Nurhayati',
          birthDate: '1990-05-22',
          sex: 'FEMALE',
          relationship: 'CHILD',
        },
      },
    ]);
  });

  it('refuses a NIK that says another sex and birth date, at the NIK and each field it contradicts', async () => {
    const sent = proposing();
    const { user } = renderExisting('ADD_MEMBER');

    // 611204 58 08 41 0002: a woman born 18-08-1941, entered for a boy born 15-03-2020.
    await user.type(await screen.findByLabelText('NIK'), '6112045808410002');
    await user.type(screen.getByLabelText('Nama lengkap'), 'Budi Anak');
    await user.type(screen.getByLabelText('Tanggal lahir'), '15-03-2020');
    await choose(user, screen.getByLabelText('Jenis kelamin'), 'Laki-laki');
    await choose(user, screen.getByLabelText('Hubungan dengan kepala keluarga'), 'Anak');
    await submit(user);

    expect(
      await screen.findByText(
        'NIK ini milik seorang perempuan yang lahir 18-08-1941: tidak cocok dengan jenis kelamin atau tanggal lahir yang diisi.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Menurut NIK, anggota ini perempuan (tanggal lahir pada NIK ditambah 40).'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Menurut NIK, anggota ini lahir 18-08-1941 (angka ke-7 sampai ke-12, DDMMYY).',
      ),
    ).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('says a birth date after today cannot be, rather than dropping it', async () => {
    const sent = proposing();
    const { user } = renderExisting('ADD_MEMBER');
    const birthDate = await screen.findByLabelText('Tanggal lahir');
    const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000);
    const typed = [tomorrow.getDate(), tomorrow.getMonth() + 1]
      .map((part) => String(part).padStart(2, '0'))
      .concat(String(tomorrow.getFullYear()))
      .join('-');

    await user.type(birthDate, `${typed}{Enter}`);
    await submit(user);

    const item = birthDate.closest<HTMLElement>('.ant-form-item')!;
    expect(
      await within(item).findByText('Tanggal lahir tidak boleh setelah hari ini.'),
    ).toBeInTheDocument();
    expect(birthDate).toHaveValue(typed);
    expect(sent).toEqual([]);
  });

  it('blocks the submit on a NIK the client rules refuse, naming the rule', async () => {
    const sent = proposing();
    const { user } = renderExisting('ADD_MEMBER');

    const nik = await screen.findByLabelText('NIK');
    await user.type(nik, '6112043205900002');
    await user.tab();
    expect(
      await screen.findByText(
        'Angka ke-7 sampai ke-12 NIK bukan tanggal lahir yang sah (DDMMYY; perempuan: tanggal ditambah 40).',
      ),
    ).toBeInTheDocument();

    await user.clear(nik);
    await user.type(nik, '9912046205900002');
    await submit(user);
    expect(
      await screen.findByText('Enam angka pertama NIK bukan kode kecamatan yang ada.'),
    ).toBeInTheDocument();

    await user.clear(nik);
    await user.type(nik, '61120462059000');
    await submit(user);
    expect(await screen.findByText('NIK harus 16 angka.')).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('sends only the parts of an update that were filled in, and welfare as a whole', async () => {
    const sent = proposing();
    const { user, onProposed } = renderExisting('UPDATE');

    await screen.findByLabelText('RT baru');
    await submit(user);
    expect(await screen.findByText('Isi paling sedikit satu perubahan.')).toBeInTheDocument();
    expect(sent).toEqual([]);

    await user.type(screen.getByLabelText('RT baru'), '7');
    await user.click(screen.getByLabelText('Ubah kondisi tempat tinggal'));
    await choose(user, screen.getByLabelText('Atap terluas'), 'Genteng');
    await submit(user);

    await vi.waitFor(() => expect(onProposed).toHaveBeenCalled(), { timeout: 5000 });
    expect(sent.map(({ body }) => body)).toEqual([
      {
        type: 'UPDATE',
        householdId: 12,
        update: { rt: '7', welfare: { ...household.welfare, roofMaterial: 'TILE' } },
      },
    ]);
  });

  // The longest form: filling it in takes a while in jsdom.
  it(
    'proposes a new household in the operator’s village with its members, head first',
    {
      timeout: 20_000,
    },
    async () => {
      const sent = proposing(() =>
        HttpResponse.json(
          { ...proposed, type: 'NEW_HOUSEHOLD', householdId: null },
          { status: 201 },
        ),
      );
      const { user, onProposed } = renderNewHousehold();

      await user.type(screen.getByLabelText('Nomor KK'), '6112040101260003');
      await user.type(screen.getByLabelText('Alamat'), 'Jl. Adisucipto Gg. Damai');
      await user.type(screen.getByLabelText('RT'), '3');
      await user.type(screen.getByLabelText('RW'), '1');
      await choose(user, screen.getByLabelText('Kepemilikan rumah'), 'Kontrak/sewa');
      await user.type(screen.getByLabelText('Pengeluaran per bulan (Rp)'), '900000');
      const head = screen.getByText('Anggota 1 (kepala keluarga)').closest('.ant-card')!;
      await user.type(within(head as HTMLElement).getByLabelText('NIK'), '6112041203850001');
      await user.type(within(head as HTMLElement).getByLabelText('Nama lengkap'), 'Ahmad Fauzi');
      await user.type(within(head as HTMLElement).getByLabelText('Tanggal lahir'), '12-03-1985');
      await choose(user, within(head as HTMLElement).getByLabelText('Jenis kelamin'), 'Laki-laki');
      await user.click(screen.getByRole('button', { name: 'Tambah anggota' }));
      const second = screen.getByText('Anggota 2').closest('.ant-card') as HTMLElement;
      await user.type(within(second).getByLabelText('NIK'), '6112046205900002');
      await user.type(within(second).getByLabelText('Nama lengkap'), 'Nurhayati');
      await user.type(within(second).getByLabelText('Tanggal lahir'), '22-05-1990');
      await choose(user, within(second).getByLabelText('Jenis kelamin'), 'Perempuan');
      await choose(
        user,
        within(second).getByLabelText('Hubungan dengan kepala keluarga'),
        'Istri/suami',
      );
      await submit(user);

      await vi.waitFor(() => expect(onProposed).toHaveBeenCalled(), { timeout: 5000 });
      expect(sent.map(({ body }) => body)).toEqual([
        {
          type: 'NEW_HOUSEHOLD',
          household: {
            kkNumber: '6112040101260003',
            address: 'Jl. Adisucipto Gg. Damai',
            rt: '3',
            rw: '1',
            villageCode: '61.12.04.2002',
            welfare: { houseOwnership: 'RENTED', monthlyExpenditure: 900000 },
            members: [
              {
                nik: '6112041203850001',
                name: 'Ahmad Fauzi',
                birthDate: '1985-03-12',
                sex: 'MALE',
                relationship: 'HEAD',
              },
              {
                nik: '6112046205900002',
                name: 'Nurhayati',
                birthDate: '1990-05-22',
                sex: 'FEMALE',
                relationship: 'SPOUSE',
              },
            ],
          },
        },
      ]);
    },
  );

  it('refuses a family card number that is not 16 digits before sending', async () => {
    const sent = proposing();
    const { user } = renderNewHousehold();

    await user.type(screen.getByLabelText('Nomor KK'), '61120401012600');
    await user.tab();

    expect(await screen.findByText('Nomor KK harus 16 angka.')).toBeInTheDocument();
    await submit(user);
    expect(sent).toEqual([]);
  });

  it('shows the server’s field errors beside the fields and keeps the input', async () => {
    const sent = proposing(() =>
      problem(400, 'Isian tidak valid.', [
        { field: 'member.nik', message: 'NIK ini sudah terdaftar di rumah tangga lain.' },
        { field: 'reason', message: 'Paling banyak 500 karakter.' },
      ]),
    );
    const { user, onProposed } = renderExisting('ADD_MEMBER');

    await user.type(await screen.findByLabelText('NIK'), '6112046205900002');
    await user.type(screen.getByLabelText('Nama lengkap'), 'Nurhayati');
    await user.type(screen.getByLabelText('Tanggal lahir'), '22-05-1990');
    await choose(user, screen.getByLabelText('Jenis kelamin'), 'Perempuan');
    await choose(user, screen.getByLabelText('Hubungan dengan kepala keluarga'), 'Anak');
    await user.type(screen.getByLabelText('Alasan pengusulan'), 'Lahir');
    await submit(user);

    const nikError = await screen.findByText('NIK ini sudah terdaftar di rumah tangga lain.');
    expect(nikError.closest('.ant-form-item')).toContainElement(screen.getByLabelText('NIK'));
    expect(
      screen.getByText('Paling banyak 500 karakter.').closest('.ant-form-item'),
    ).toContainElement(screen.getByLabelText('Alasan pengusulan'));
    expect(screen.getByText('Isian tidak valid.')).toBeInTheDocument();
    expect(screen.getByLabelText('NIK')).toHaveValue('6112046205900002');
    expect(screen.getByLabelText('Nama lengkap')).toHaveValue('Nurhayati');
    expect(screen.getByLabelText('Alasan pengusulan')).toHaveValue('Lahir');
    expect(sent).toHaveLength(1);
    expect(onProposed).not.toHaveBeenCalled();
  });

  it('lists a field error it cannot place above the form', async () => {
    proposing(() =>
      problem(400, 'Isian tidak valid.', [
        {
          field: 'householdId',
          message: 'Rumah tangga ini sudah dikeluarkan dari DTKS dan tidak dapat diubah lagi.',
        },
      ]),
    );
    const { user } = renderExisting();

    await screen.findByLabelText('Catatan');
    await submit(user);

    expect(
      await screen.findByText(
        'Rumah tangga ini sudah dikeluarkan dari DTKS dan tidak dapat diubah lagi.',
      ),
    ).toBeInTheDocument();
  });

  it('retries with the same Idempotency-Key, so the change is proposed once', async () => {
    const sent = proposing(
      () => problem(409, 'Usulan sedang diproses; coba lagi.'),
      () => HttpResponse.json(proposed, { status: 200 }),
    );
    const { user, onProposed } = renderExisting('REMOVE_HOUSEHOLD');

    await choose(user, await screen.findByLabelText('Alasan penghapusan'), 'Data ganda');
    await submit(user);
    expect(await screen.findByText('Usulan sedang diproses; coba lagi.')).toBeInTheDocument();
    expect(onProposed).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Alasan penghapusan').closest('.ant-select')).toHaveTextContent(
      'Data ganda',
    );

    await submit(user);

    await vi.waitFor(() => expect(onProposed).toHaveBeenCalledWith(proposed), { timeout: 5000 });
    expect(sent).toHaveLength(2);
    expect(sent[1]?.key).toBe(sent[0]?.key);
    expect(sent[1]?.body).toEqual(sent[0]?.body);
  });

  it('uses a new Idempotency-Key for each new form', async () => {
    const sent = proposing();
    const first = renderExisting();
    await first.user.click(await screen.findByRole('button', { name: 'Ajukan' }));
    await vi.waitFor(() => expect(sent).toHaveLength(1), { timeout: 5000 });
    first.unmount();

    const second = renderExisting();
    await second.user.click(await screen.findByRole('button', { name: 'Ajukan' }));
    await vi.waitFor(() => expect(sent).toHaveLength(2), { timeout: 5000 });

    expect(sent[1]?.key).not.toBe(sent[0]?.key);
  });
});
