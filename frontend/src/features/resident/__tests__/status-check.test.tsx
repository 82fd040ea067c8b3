import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { problem, throttled } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { StatusPage } from '../components/status-page';
import { atFieldCheck, notFound, regionList } from '../fixtures';
import type { StatusAnswer } from '../types';

/** The status endpoint answering `answer`, with what each request sent. */
function answering(answer: StatusAnswer) {
  const sent: { body: unknown; csrf: string | null }[] = [];
  server.use(
    regionList,
    http.post('/api/public/status', async ({ request }) => {
      sent.push({ body: await request.json(), csrf: request.headers.get('X-XSRF-TOKEN') });
      return HttpResponse.json(answer);
    }),
  );
  return sent;
}

function renderPage() {
  document.cookie = 'XSRF-TOKEN=token; path=/';
  return renderWithProviders(<StatusPage />, { path: '/cek' });
}

const field = (name: string) => screen.getByRole('combobox', { name });

const levelsInIndonesian = ['Provinsi', 'Kabupaten/kota', 'Kecamatan', 'Desa/kelurahan'];
const levelsInEnglish = ['Province', 'District', 'Kecamatan', 'Village'];

/** Province, district, kecamatan, village: each list arrives once the level above is chosen. */
async function chooseTelukEmpening(user: UserEvent, levels = levelsInIndonesian) {
  const regions = ['Kalimantan Barat', 'Kubu Raya', 'Terentang', 'Teluk Empening'];
  for (const [index, level] of levels.entries()) {
    const region = regions[index] ?? '';
    await within(field(level)).findByRole('option', { name: region });
    await user.selectOptions(field(level), region);
  }
}

async function ask(user: UserEvent, { nik, name }: { nik: string; name: string }) {
  await chooseTelukEmpening(user);
  await user.type(screen.getByLabelText('NIK'), nik);
  await user.type(screen.getByLabelText('Nama lengkap'), name);
  await user.click(screen.getByRole('button', { name: 'Cek status' }));
}

describe('status check', () => {
  it('tells a resident on the registry their village, the stage in words and since when', async () => {
    const sent = answering(atFieldCheck);
    const { user } = renderPage();

    // Typed as the KTP groups the digits, with a space after the name.
    await ask(user, { nik: '6112 0452 0890 0001', name: 'Siti Aminah ' });

    const answer = await within(screen.getByRole('status')).findByRole('region', {
      name: 'Hasil pengecekan',
    });
    expect(answer).toHaveTextContent('Anda terdaftar di DTKS, di desa/kelurahan Teluk Empening.');
    expect(answer).toHaveTextContent('Verifikasi lapangan');
    expect(answer).toHaveTextContent('Petugas akan datang ke rumah Anda');
    expect(answer).toHaveTextContent('Sejak1 Desember 2026');
    expect(answer).not.toHaveTextContent('FIELD_CHECK');
    expect(sent).toEqual([
      {
        body: { villageCode: '61.12.04.2002', nik: '6112045208900001', name: 'Siti Aminah' },
        csrf: 'token',
      },
    ]);
  });

  it('says when nothing about the household is in progress', async () => {
    answering({ ...atFieldCheck, change: undefined });
    const { user } = renderPage();

    await ask(user, { nik: '6112045208900001', name: 'Siti Aminah' });

    expect(await screen.findByRole('region', { name: 'Hasil pengecekan' })).toHaveTextContent(
      'Tidak ada perubahan data rumah tangga Anda yang sedang diproses.',
    );
  });

  it('tells a resident removed from the registry so, and whom to ask', async () => {
    answering({ ...atFieldCheck, onRegistry: false, change: undefined });
    const { user } = renderPage();

    await ask(user, { nik: '6112045208900001', name: 'Siti Aminah' });

    const answer = await screen.findByRole('region', { name: 'Hasil pengecekan' });
    expect(answer).toHaveTextContent(
      'Anda pernah terdaftar di DTKS di desa/kelurahan Teluk Empening, tetapi sekarang sudah dikeluarkan dari DTKS.',
    );
    expect(answer).toHaveTextContent('tanyakan ke kantor desa/kelurahan Anda');
    expect(answer).not.toHaveTextContent('Anda terdaftar di DTKS');
  });

  it('says kindly that nobody matched, and what to check, without saying which part did not', async () => {
    answering(notFound);
    const { user } = renderPage();

    await ask(user, { nik: '6112045208900001', name: 'Siti Aminah' });

    const answer = await within(screen.getByRole('status')).findByRole('region', {
      name: 'Data tidak ditemukan',
    });
    expect(answer).toHaveTextContent(
      'Tidak ada anggota DTKS dengan NIK dan nama ini di desa/kelurahan yang dipilih.',
    );
    expect(answer).toHaveTextContent('ejaan nama sesuai KTP');
    expect(answer).toHaveTextContent('tanyakan ke kantor desa/kelurahan Anda');
    expect(screen.getByLabelText('NIK')).toHaveValue('6112045208900001');
  });

  it("shows the server's message beside the field it refuses and keeps what was typed", async () => {
    server.use(
      regionList,
      http.post('/api/public/status', () =>
        problem(400, 'Periksa kembali isian yang ditandai.', [
          { field: 'name', message: 'Nama tidak boleh memuat tag HTML.' },
        ]),
      ),
    );
    const { user } = renderPage();

    await ask(user, { nik: '6112045208900001', name: 'Siti <b>Aminah</b>' });

    const name = screen.getByLabelText('Nama lengkap');
    expect(await screen.findByText('Nama tidak boleh memuat tag HTML.')).toBeInTheDocument();
    expect(name).toHaveAccessibleDescription(
      'Ditulis sesuai KTP. Nama tidak boleh memuat tag HTML.',
    );
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveValue('Siti <b>Aminah</b>');
    expect(name).toHaveFocus();
    expect(screen.getByLabelText('NIK')).toHaveValue('6112045208900001');
    expect(field('Desa/kelurahan')).toHaveValue('61.12.04.2002');
    expect(screen.getByRole('alert')).toHaveTextContent('Periksa kembali isian yang ditandai.');

    // Corrected, the message no longer applies.
    await user.clear(name);
    await user.type(name, 'Siti Aminah');
    expect(screen.queryByText('Nama tidak boleh memuat tag HTML.')).not.toBeInTheDocument();
  });

  it('says how long to wait when this device has checked too often, keeping the input', async () => {
    server.use(
      regionList,
      http.post('/api/public/status', () =>
        throttled('Terlalu banyak pengecekan dari perangkat ini.', 120),
      ),
    );
    const { user } = renderPage();

    await ask(user, { nik: '6112045208900001', name: 'Siti Aminah' });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Terlalu banyak pengecekan dari perangkat ini.');
    expect(alert).toHaveTextContent('Coba lagi setelah 2 menit.');
    expect(screen.getByLabelText('NIK')).toHaveValue('6112045208900001');
    expect(screen.getByLabelText('Nama lengkap')).toHaveValue('Siti Aminah');
  });

  it('asks for a NIK of 16 digits, a village and a name before sending anything', async () => {
    const sent = answering(atFieldCheck);
    const { user } = renderPage();

    await user.type(screen.getByLabelText('NIK'), '611204520890001');
    await user.click(screen.getByRole('button', { name: 'Cek status' }));

    expect(await screen.findByText('NIK terdiri dari 16 angka.')).toBeInTheDocument();
    expect(screen.getByText('Pilih desa/kelurahan Anda.')).toBeInTheDocument();
    expect(screen.getByText('Isi nama Anda sesuai KTP.')).toBeInTheDocument();
    expect(field('Provinsi')).toHaveFocus();
    expect(field('Provinsi')).toHaveAccessibleDescription('Pilih desa/kelurahan Anda.');
    expect(screen.getByLabelText('NIK')).toHaveAttribute('aria-invalid', 'true');

    await chooseTelukEmpening(user);
    await user.type(screen.getByLabelText('NIK'), 'x');
    await user.type(screen.getByLabelText('Nama lengkap'), 'Siti Aminah');
    await user.click(screen.getByRole('button', { name: 'Cek status' }));

    expect(await screen.findByText('NIK terdiri dari 16 angka.')).toBeInTheDocument();
    expect(screen.getByLabelText('NIK')).toHaveFocus();
    expect(screen.queryByText('Pilih desa/kelurahan Anda.')).not.toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('offers to try again when the server cannot be reached, keeping the input', async () => {
    let attempts = 0;
    server.use(
      regionList,
      http.post('/api/public/status', () => {
        attempts += 1;
        return attempts === 1 ? HttpResponse.error() : HttpResponse.json(atFieldCheck);
      }),
    );
    const { user } = renderPage();

    await ask(user, { nik: '6112045208900001', name: 'Siti Aminah' });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Server tidak dapat dihubungi.');
    expect(screen.getByLabelText('Nama lengkap')).toHaveValue('Siti Aminah');

    await user.click(within(alert).getByRole('button', { name: 'Coba lagi' }));

    expect(await screen.findByRole('region', { name: 'Hasil pengecekan' })).toHaveTextContent(
      'Verifikasi lapangan',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('drops an answer once the question changes', async () => {
    answering(notFound);
    const { user } = renderPage();
    await ask(user, { nik: '6112045208900001', name: 'Siti Aminah' });
    expect(await screen.findByRole('region', { name: 'Data tidak ditemukan' })).toBeInTheDocument();

    await user.type(screen.getByLabelText('Nama lengkap'), 'h');

    expect(screen.queryByRole('region', { name: 'Data tidak ditemukan' })).not.toBeInTheDocument();
  });

  it('explains DTKS and answers in English once the resident switches', async () => {
    answering(atFieldCheck);
    const { user } = renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Cek status DTKS' })).toBeInTheDocument();
    expect(screen.getByText(/NIK yang Anda masukkan .* tidak disimpan\./)).toBeInTheDocument();

    await user.click(within(screen.getByRole('radiogroup', { name: 'Bahasa' })).getByText('EN'));
    await chooseTelukEmpening(user, levelsInEnglish);
    await user.type(screen.getByLabelText('NIK'), '6112045208900001');
    await user.type(screen.getByLabelText('Full name'), 'Siti Aminah');
    await user.click(screen.getByRole('button', { name: 'Check status' }));

    expect(
      screen.getByRole('heading', { level: 1, name: 'Check your DTKS status' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/The NIK you enter .* is not stored\./)).toBeInTheDocument();
    const answer = await screen.findByRole('region', { name: 'Result' });
    expect(answer).toHaveTextContent('You are on the DTKS, in the village of Teluk Empening.');
    expect(answer).toHaveTextContent('Field check');
    expect(answer).toHaveTextContent('Since1 December 2026');
  });
});
