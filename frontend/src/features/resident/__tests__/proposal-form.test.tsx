import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { problem, throttled } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { ProposalPage } from '../components/proposal-page';
import { regionList } from '../fixtures';
import type { PublicProposal } from '../submission-types';
import { chooseTelukEmpening, file, fill, proposalReceipt } from './submission-fixtures';

interface Sent {
  proposal: PublicProposal;
  proposalType: string;
  housePhoto: string[];
  familyCard: string[];
}

/** A part as `name type size`: the server's File is not jsdom's, so it is told by not being text. */
const describeFile = (part: FormDataEntryValue) =>
  typeof part === 'string' ? `text ${part}` : `${part.name} ${part.type} ${part.size}`;

/** The proposals endpoint answering each request with the next of `answers`, and what each request sent. */
function proposing(...answers: (() => Response | Promise<Response>)[]) {
  const sent: Sent[] = [];
  server.use(
    regionList,
    http.post('/api/public/proposals', async ({ request }) => {
      const form = await request.formData();
      const part = form.get('proposal') as File;
      sent.push({
        proposal: JSON.parse(await part.text()) as PublicProposal,
        proposalType: part.type,
        housePhoto: form.getAll('housePhoto').map(describeFile),
        familyCard: form.getAll('familyCard').map(describeFile),
      });
      const answer = answers[Math.min(sent.length, answers.length) - 1];
      return answer ? answer() : HttpResponse.json(proposalReceipt, { status: 201 });
    }),
  );
  return sent;
}

function renderPage() {
  document.cookie = 'XSRF-TOKEN=token; path=/';
  server.use(regionList);
  return renderWithProviders(<ProposalPage followPath={(code) => `/cek?kode=${code}`} />, {
    path: '/usul',
  });
}

const member = (number: number) => screen.getByRole('group', { name: `Anggota ${number}` });

/** Siti Aminah proposes her own household of two: herself, head, and her son. */
async function fillProposal(user: UserEvent) {
  await chooseTelukEmpening(user);
  fill(screen.getByLabelText('NIK Anda'), '6112 0452 0890 0001');
  fill(screen.getByLabelText('Nama Anda'), 'Siti Aminah ');
  fill(screen.getByLabelText('Nomor HP'), '0812-3456-7890');
  await user.click(screen.getByRole('radio', { name: 'Rumah tangga saya sendiri' }));
  fill(
    screen.getByLabelText('Keadaan rumah tangga ini'),
    'Suami meninggal, tidak ada penghasilan tetap',
  );
  fill(screen.getByLabelText('Alamat'), 'Jl. Parit Baru');
  fill(screen.getByLabelText('RT'), '3');
  fill(screen.getByLabelText('RW'), '1');
  fill(screen.getByLabelText('Nomor Kartu Keluarga (KK)'), '6112045208900009');

  fill(within(member(1)).getByLabelText('NIK'), '6112045208900001');
  fill(within(member(1)).getByLabelText('Nama lengkap'), 'Siti Aminah');
  fill(within(member(1)).getByLabelText('Tanggal lahir'), '1980-01-01');
  await user.selectOptions(within(member(1)).getByLabelText('Jenis kelamin'), 'Perempuan');
  await user.click(screen.getByRole('button', { name: 'Tambah anggota' }));
  expect(within(member(2)).getByLabelText('NIK')).toHaveFocus();
  fill(within(member(2)).getByLabelText('NIK'), '6112040101100002');
  fill(within(member(2)).getByLabelText('Nama lengkap'), 'Rudi');
  fill(within(member(2)).getByLabelText('Tanggal lahir'), '2010-01-01');
  await user.selectOptions(within(member(2)).getByLabelText('Jenis kelamin'), 'Laki-laki');
  await user.selectOptions(
    within(member(2)).getByLabelText('Hubungan dengan kepala keluarga'),
    'Anak',
  );

  await user.upload(
    screen.getByLabelText('Foto rumah tampak depan'),
    file('rumah.jpg', 'image/jpeg', 2048),
  );
  const familyCard = screen.getByLabelText('Kartu Keluarga (KK)');
  await user.upload(familyCard, file('kk-depan.jpg', 'image/jpeg', 1000));
  await user.upload(familyCard, file('kk-belakang.png', 'image/png', 1500));
}

const submit = (user: UserEvent) =>
  user.click(screen.getByRole('button', { name: 'Kirim usulan' }));

describe('proposal', () => {
  it('sends the proposal as JSON with the house and the family card as parts, and gives the receipt', async () => {
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const sent = proposing(async () => {
      await held;
      return HttpResponse.json(proposalReceipt, { status: 201 });
    });
    const { user } = renderPage();
    expect(
      screen.getByText(/Mengapa Kartu Keluarga\? .* Swafoto tidak diminta/),
    ).toBeInTheDocument();

    await fillProposal(user);
    expect(screen.getByText('kk-belakang.png, 1 kB')).toBeInTheDocument();
    await submit(user);

    // Under way: the resident is told not to close the page, and sees how far it has got.
    expect(await screen.findByRole('progressbar', { name: 'Pengiriman' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Jangan tutup halaman ini');
    release();

    const receipt = await screen.findByRole('region', { name: 'Usulan terkirim' });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.proposalType).toBe('application/json');
    expect(sent[0]?.proposal).toEqual({
      villageCode: '61.12.04.2002',
      submitter: { nik: '6112045208900001', name: 'Siti Aminah', phone: '081234567890' },
      forOwnHousehold: true,
      reason: 'Suami meninggal, tidak ada penghasilan tetap',
      household: {
        address: 'Jl. Parit Baru',
        rt: '3',
        rw: '1',
        kkNumber: '6112045208900009',
        members: [
          {
            nik: '6112045208900001',
            name: 'Siti Aminah',
            birthDate: '1980-01-01',
            sex: 'FEMALE',
            relationship: 'HEAD',
          },
          {
            nik: '6112040101100002',
            name: 'Rudi',
            birthDate: '2010-01-01',
            sex: 'MALE',
            relationship: 'CHILD',
          },
        ],
      },
    });
    expect(sent[0]?.housePhoto).toEqual(['rumah.jpg image/jpeg 2048']);
    expect(sent[0]?.familyCard).toEqual([
      'kk-depan.jpg image/jpeg 1000',
      'kk-belakang.png image/png 1500',
    ]);

    expect(within(receipt).getByRole('heading', { name: 'Usulan terkirim' })).toHaveFocus();
    expect(receipt).toHaveTextContent('USL-7K3M-9QX2');
    expect(receipt).toHaveTextContent(
      'Catat kode ini. Hanya dengan kode ini dan NIK Anda, perkembangannya dapat diikuti.',
    );
    expect(receipt).toHaveTextContent(
      'Operator desa/kelurahan akan menjawab paling lambat 14 Desember 2026.',
    );
    expect(receipt).not.toHaveTextContent('gugur');
    expect(
      within(receipt).getByRole('link', { name: 'Ikuti perkembangannya di halaman Cek status' }),
    ).toHaveAttribute('href', '/cek?kode=USL-7K3M-9QX2');

    await user.click(within(receipt).getByRole('button', { name: 'Salin kode' }));
    expect(await navigator.clipboard.readText()).toBe('USL-7K3M-9QX2');
    expect(within(receipt).getByRole('status')).toHaveTextContent('Kode sudah disalin.');
  });

  it('checks everything before sending, beside each field, and sends nothing until it is right', async () => {
    const sent = proposing();
    const { user } = renderPage();

    fill(screen.getByLabelText('NIK Anda'), '611204520890001');
    fill(screen.getByLabelText('Nomor HP'), '0212345678');
    const familyCard = screen.getByLabelText('Kartu Keluarga (KK)');
    await user.upload(familyCard, file('kk.pdf', 'application/pdf'));
    await user.upload(familyCard, file('kk.jpg', 'image/jpeg'));
    // Told at once: a PDF goes alone.
    expect(screen.getByText('Berkas PDF dikirim sendiri, tanpa foto lain.')).toBeInTheDocument();
    await user.upload(
      screen.getByLabelText('Foto rumah tampak depan'),
      file('rumah.jpg', 'image/jpeg', 11 * 1024 * 1024),
    );
    expect(screen.getByText('Setiap berkas paling besar 10 MB.')).toBeInTheDocument();
    await submit(user);

    expect(screen.getByRole('combobox', { name: 'Provinsi' })).toHaveFocus();
    expect(screen.getByText('Pilih desa/kelurahan.')).toBeInTheDocument();
    expect(screen.getByLabelText('NIK Anda')).toHaveAccessibleDescription(
      '16 angka, tertera di KTP Anda. NIK terdiri dari 16 angka.',
    );
    expect(screen.getByLabelText('Nomor HP')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/diawali 08 atau \+628/)).toBeInTheDocument();
    expect(screen.getByText('Pilih untuk siapa usulan ini.')).toBeInTheDocument();
    expect(within(member(1)).getByLabelText('Tanggal lahir')).toHaveAccessibleDescription(
      'Isi tanggal lahir.',
    );
    // The first member is the head of the household unless changed.
    expect(within(member(1)).getByLabelText('Hubungan dengan kepala keluarga')).toHaveValue('HEAD');
    expect(within(member(1)).getByLabelText('Jenis kelamin')).toHaveAccessibleDescription(
      'Pilih jenis kelamin.',
    );

    // For her own household, she must be among its members.
    await user.click(screen.getByRole('radio', { name: 'Rumah tangga saya sendiri' }));
    fill(screen.getByLabelText('NIK Anda'), '6112045208900001');
    fill(within(member(1)).getByLabelText('NIK'), '6112045208900002');
    await submit(user);
    expect(
      screen.getByText(
        'Usulan untuk rumah tangga sendiri: NIK Anda harus ada di daftar anggota rumah tangga.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Nomor HP')).toHaveValue('0212345678');
    expect(sent).toEqual([]);
  });

  it("shows the server's refusals beside their fields, the others above the form, keeping everything", async () => {
    proposing(() =>
      problem(400, 'Periksa kembali isian yang ditandai.', [
        { field: 'submitter.nik', message: 'NIK ini tidak terdaftar di Dukcapil.' },
        { field: 'household.members[0].birthDate', message: 'Tanggal lahir tidak sesuai.' },
        { field: 'familyCard', message: 'Berkas ini bukan gambar yang dapat dibaca.' },
        { field: 'household', message: 'Rumah tangga ini sudah diusulkan.' },
      ]),
    );
    const { user } = renderPage();

    await fillProposal(user);
    await submit(user);

    const nik = screen.getByLabelText('NIK Anda');
    await waitFor(() => expect(nik).toHaveFocus());
    expect(nik).toHaveAccessibleDescription(
      '16 angka, tertera di KTP Anda. NIK ini tidak terdaftar di Dukcapil.',
    );
    expect(within(member(1)).getByLabelText('Tanggal lahir')).toHaveAccessibleDescription(
      'Tanggal lahir tidak sesuai.',
    );
    expect(screen.getByLabelText('Kartu Keluarga (KK)')).toHaveAttribute('aria-invalid', 'true');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Periksa kembali isian yang ditandai.');
    expect(within(alert).getByRole('listitem')).toHaveTextContent(
      'Rumah tangga ini sudah diusulkan.',
    );
    expect(nik).toHaveValue('6112 0452 0890 0001');
    expect(screen.getByText('kk-belakang.png, 1 kB')).toBeInTheDocument();

    // Corrected, the message no longer applies.
    fill(nik, '6112045208900001');
    expect(screen.queryByText('NIK ini tidak terdaftar di Dukcapil.')).not.toBeInTheDocument();
  });

  it('says how long to wait when too many were sent, keeping the form', async () => {
    proposing(() => throttled('Terlalu banyak usulan dari perangkat ini.', 3600));
    const { user } = renderPage();

    await fillProposal(user);
    await submit(user);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Terlalu banyak usulan dari perangkat ini.');
    expect(alert).toHaveTextContent('Coba lagi setelah 60 menit.');
    expect(screen.getByLabelText('Nama Anda')).toHaveValue('Siti Aminah ');
    expect(within(member(2)).getByLabelText('Nama lengkap')).toHaveValue('Rudi');
  });

  it('takes at most 20 members, and removes any but the last one left', async () => {
    const { user } = renderPage();

    for (let added = 1; added < 20; added += 1) {
      await user.click(screen.getByRole('button', { name: 'Tambah anggota' }));
    }
    expect(screen.getAllByRole('group', { name: /^Anggota \d+$/ })).toHaveLength(20);
    expect(screen.queryByRole('button', { name: 'Tambah anggota' })).not.toBeInTheDocument();
    expect(screen.getByText(/Sudah 20 anggota/)).toBeInTheDocument();

    fill(within(member(3)).getByLabelText('Nama lengkap'), 'Rudi');
    await user.click(screen.getByRole('button', { name: 'Hapus anggota 2' }));
    expect(screen.getAllByRole('group', { name: /^Anggota \d+$/ })).toHaveLength(19);
    expect(within(member(2)).getByLabelText('Nama lengkap')).toHaveValue('Rudi');
    expect(screen.getByRole('button', { name: 'Tambah anggota' })).toHaveFocus();
  });
});
