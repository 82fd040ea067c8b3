import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';

import { problem } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { ObjectionPage } from '../components/objection-page';
import { regionList } from '../fixtures';
import type { PublicObjection } from '../submission-types';
import { chooseTelukEmpening, file, fill, objectionReceipt } from './submission-fixtures';

interface Sent {
  objection: PublicObjection;
  objectionType: string;
  housePhoto: string[];
}

/** The objections endpoint answering each request with the next of `answers`, and what each request sent. */
function objecting(...answers: (() => Response)[]) {
  const sent: Sent[] = [];
  server.use(
    http.post('/api/public/objections', async ({ request }) => {
      const form = await request.formData();
      const part = form.get('objection') as File;
      sent.push({
        objection: JSON.parse(await part.text()) as PublicObjection,
        objectionType: part.type,
        housePhoto: form
          .getAll('housePhoto')
          .map((photo) => (typeof photo === 'string' ? photo : `${photo.name} ${photo.type}`)),
      });
      const answer = answers[Math.min(sent.length, answers.length) - 1];
      return answer ? answer() : HttpResponse.json(objectionReceipt, { status: 201 });
    }),
  );
  return sent;
}

/** The phone's position, as its browser gives it: read at Parit Baru, or refused by the resident. */
function geolocation(answer: 'allowed' | 'refused') {
  const fake: Pick<Geolocation, 'getCurrentPosition'> = {
    getCurrentPosition: (success, failure) => {
      if (answer === 'allowed') {
        success({
          coords: { latitude: -0.0321, longitude: 109.3456, accuracy: 12.4 },
          timestamp: Date.now(),
        } as GeolocationPosition);
      } else {
        failure?.({ code: 1, message: 'User denied Geolocation' } as GeolocationPositionError);
      }
    },
  };
  Object.defineProperty(navigator, 'geolocation', { value: fake, configurable: true });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'geolocation');
});

function renderPage() {
  document.cookie = 'XSRF-TOKEN=token; path=/';
  server.use(regionList);
  return renderWithProviders(<ObjectionPage followPath={(code) => `/cek?kode=${code}`} />, {
    path: '/sanggah',
  });
}

async function fillObjection(user: UserEvent) {
  await chooseTelukEmpening(user);
  fill(screen.getByLabelText('NIK Anda'), '6112045208900001');
  fill(screen.getByLabelText('Nama Anda'), 'Siti Aminah');
  fill(screen.getByLabelText('Nama orang yang disanggah'), 'Budi Santoso');
  fill(
    screen.getByLabelText('Alamat atau ciri-ciri rumahnya'),
    'Jl. Parit Baru RT 3 RW 1, rumah bercat hijau',
  );
  await user.click(screen.getByRole('radio', { name: 'Sudah mampu' }));
  fill(screen.getByLabelText('Keterangan'), 'Memiliki toko dan dua mobil');
  await user.upload(screen.getByLabelText('Foto rumah tersebut'), file('rumah.jpg', 'image/jpeg'));
}

const submit = (user: UserEvent) =>
  user.click(screen.getByRole('button', { name: 'Kirim sanggahan' }));

describe('objection', () => {
  it('sends where the house is, as the phone read it, and says when it lapses', async () => {
    geolocation('allowed');
    const sent = objecting();
    const { user } = renderPage();
    expect(
      screen.getByText(
        /Rumah tangga yang disanggah tidak akan diberi tahu siapa yang menyanggah\./,
      ),
    ).toBeInTheDocument();

    await fillObjection(user);
    await user.click(screen.getByRole('button', { name: 'Gunakan posisi saya' }));
    expect(screen.getByText('Posisi terbaca: -0.03210, 109.34560')).toBeInTheDocument();
    expect(screen.getByText('Ketepatan sekitar 12 m.')).toBeInTheDocument();
    await submit(user);

    const receipt = await screen.findByRole('region', { name: 'Sanggahan terkirim' });
    expect(sent).toEqual([
      {
        objection: {
          villageCode: '61.12.04.2002',
          objector: { nik: '6112045208900001', name: 'Siti Aminah' },
          objectedName: 'Budi Santoso',
          objectedAddress: 'Jl. Parit Baru RT 3 RW 1, rumah bercat hijau',
          reason: 'WELL_OFF',
          statement: 'Memiliki toko dan dua mobil',
          latitude: -0.0321,
          longitude: 109.3456,
        },
        objectionType: 'application/json',
        housePhoto: ['rumah.jpg image/jpeg'],
      },
    ]);
    expect(receipt).toHaveTextContent('SGH-4D2F-8HJ1');
    expect(receipt).toHaveTextContent(
      'Bila belum diverifikasi, sanggahan ini gugur pada 21 Desember 2026.',
    );
    expect(receipt).toHaveTextContent('paling lambat 14 Desember 2026');

    // Another objection starts from an empty form.
    await user.click(within(receipt).getByRole('button', { name: 'Kirim sanggahan lain' }));
    expect(screen.getByLabelText('Nama orang yang disanggah')).toHaveValue('');
  });

  it("goes without a position when the phone's is refused, and shows the server's refusals beside their fields", async () => {
    geolocation('refused');
    const sent = objecting(() =>
      problem(400, 'Periksa kembali isian yang ditandai.', [
        { field: 'objector.nik', message: 'Hanya warga desa/kelurahan ini yang dapat menyanggah.' },
        { field: 'latitude', message: 'Kirim foto yang menyimpan posisinya, atau posisinya.' },
      ]),
    );
    const { user } = renderPage();

    await fillObjection(user);
    await user.click(screen.getByRole('button', { name: 'Gunakan posisi saya' }));
    expect(
      screen.getByText(
        'Posisi tidak dapat dibaca. Posisi yang tersimpan di foto akan dipakai, bila foto menyimpannya.',
      ),
    ).toBeInTheDocument();
    await submit(user);

    const nik = screen.getByLabelText('NIK Anda');
    await waitFor(() => expect(nik).toHaveFocus());
    expect(nik).toHaveAccessibleDescription(
      '16 angka, tertera di KTP Anda. Anda harus terdaftar di DTKS desa/kelurahan ini. Hanya warga desa/kelurahan ini yang dapat menyanggah.',
    );
    expect(screen.getByRole('button', { name: 'Gunakan posisi saya' })).toHaveAccessibleDescription(
      'Sebaiknya tekan tombol ini saat Anda berada di dekat rumah tersebut. Kirim foto yang menyimpan posisinya, atau posisinya.',
    );
    expect(sent[0]?.objection).not.toHaveProperty('latitude');
    expect(sent[0]?.objection).not.toHaveProperty('longitude');
    expect(screen.getByLabelText('Keterangan')).toHaveValue('Memiliki toko dan dua mobil');
    expect(screen.getByRole('radio', { name: 'Sudah mampu' })).toBeChecked();
  });
});
