import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { problem } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { OpenRoundForm } from '../components/open-round-form';
import { kadinsos, kubuRayaKecamatan, pusdatin, startingRound } from '../fixtures';
import type { Official, OpenRound, Region } from '../types';

type User = ReturnType<typeof renderWithProviders>['user'];

/** Answers `POST /api/rounds` with `answer` and keeps the bodies sent. */
function opening(answer: () => Response = () => HttpResponse.json(startingRound, { status: 201 })) {
  const sent: OpenRound[] = [];
  server.use(
    http.post('/api/rounds', async ({ request }) => {
      sent.push((await request.json()) as OpenRound);
      return answer();
    }),
  );
  return sent;
}

function regions(byParent: Record<string, Region[]>) {
  server.use(
    http.get('/api/regions', ({ request }) => {
      const parent = new URL(request.url).searchParams.get('parent') ?? '';
      return HttpResponse.json(byParent[parent] ?? []);
    }),
  );
}

function renderForm(official: Official = kadinsos) {
  document.cookie = 'XSRF-TOKEN=token; path=/';
  const onOpened = vi.fn();
  const rendered = renderWithProviders(
    <OpenRoundForm official={official} onOpened={onOpened} onCancel={vi.fn()} />,
  );
  return { ...rendered, onOpened };
}

/** Types a date into a date picker, replacing what it held. */
async function date(user: User, label: string, value: string) {
  const input = screen.getByLabelText(label);
  await user.click(input);
  await user.clear(input);
  await user.type(input, `${value}{Enter}`);
}

async function fillRound(user: User) {
  await user.click(screen.getByLabelText('Nama putaran'));
  await user.paste('Verivali DTKS 2027 tahap I');
  await date(user, 'Tanggal mulai', '04-01-2027');
  await date(user, 'Tanggal target', '30-06-2027');
}

async function chooseKecamatan(user: User, ...names: string[]) {
  await user.click(screen.getByRole('radio', { name: 'Kecamatan tertentu' }));
  const select = await screen.findByRole('combobox', { name: 'Kecamatan' });
  for (const name of names) {
    await user.click(select);
    await user.click(await screen.findByTitle(name));
  }
  // Close the list so that it covers nothing.
  await user.keyboard('{Escape}');
}

const submit = (user: User) => user.click(screen.getByRole('button', { name: 'Buka putaran' }));

describe('open round form', () => {
  it("opens a round over the official's whole district", async () => {
    const sent = opening();
    const { user, onOpened } = renderForm();

    expect(screen.getByText('Kubu Raya')).toBeInTheDocument();
    await fillRound(user);
    await submit(user);

    await waitFor(() => expect(onOpened).toHaveBeenCalledWith(startingRound));
    expect(sent).toEqual([
      {
        name: 'Verivali DTKS 2027 tahap I',
        districtCode: '61.12',
        startsOn: '2027-01-04',
        targetDate: '2027-06-30',
      },
    ]);
  });

  it('opens a round over chosen kecamatan, in the district order, each with its own date if given', async () => {
    regions({ '61.12': kubuRayaKecamatan });
    const sent = opening();
    const { user, onOpened } = renderForm();

    await fillRound(user);
    await chooseKecamatan(user, 'Kubu', 'Terentang');
    await date(user, 'Target Kubu', '31-03-2027');
    await submit(user);

    await waitFor(() => expect(onOpened).toHaveBeenCalled());
    expect(sent).toEqual([
      {
        name: 'Verivali DTKS 2027 tahap I',
        districtCode: '61.12',
        startsOn: '2027-01-04',
        targetDate: '2027-06-30',
        subdistricts: [{ code: '61.12.04' }, { code: '61.12.06', targetDate: '2027-03-31' }],
      },
    ]);
  });

  it('asks for a kecamatan when the scope is chosen ones, and checks the dates', async () => {
    regions({ '61.12': kubuRayaKecamatan });
    const sent = opening();
    const { user } = renderForm();

    await fillRound(user);
    await date(user, 'Tanggal target', '31-12-2026');
    await user.click(screen.getByRole('radio', { name: 'Kecamatan tertentu' }));
    await submit(user);

    expect(await screen.findByText('Pilih sedikitnya satu kecamatan.')).toBeInTheDocument();
    expect(
      screen.getByText('Tanggal target tidak boleh sebelum tanggal mulai putaran.'),
    ).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it("puts the server's field errors on their fields and lists the one it shows nowhere", async () => {
    regions({ '61.12': kubuRayaKecamatan });
    const sent = opening(() =>
      problem(400, 'Data tidak valid.', [
        { field: 'targetDate', message: 'Tanggal target paling lambat 10 tahun ke depan.' },
        {
          field: 'subdistricts[1].code',
          message: 'Kecamatan ini tidak berada di kabupaten/kota putaran.',
        },
        {
          field: 'subdistricts[0].targetDate',
          message: 'Tanggal target tidak boleh sebelum tanggal mulai putaran.',
        },
        { field: 'subdistricts', message: 'Paling banyak 100 kecamatan.' },
        { field: 'startsOnDay', message: 'Bidang yang tidak dikenal.' },
      ]),
    );
    const { user, onOpened } = renderForm();

    await fillRound(user);
    await chooseKecamatan(user, 'Terentang', 'Sungai Kakap');
    await date(user, 'Target Terentang', '01-02-2027');
    await submit(user);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Data tidak valid.');
    expect(alert).toHaveTextContent('Bidang yang tidak dikenal.');
    expect(alert).not.toHaveTextContent('10 tahun');

    const item = (label: string) =>
      screen.getByLabelText(label).closest<HTMLElement>('.ant-form-item')!;
    expect(
      within(item('Tanggal target')).getByText('Tanggal target paling lambat 10 tahun ke depan.'),
    ).toBeInTheDocument();
    expect(
      within(item('Target Terentang')).getByText(
        'Tanggal target tidak boleh sebelum tanggal mulai putaran.',
      ),
    ).toBeInTheDocument();
    expect(within(item('Kecamatan')).getByText('Paling banyak 100 kecamatan.')).toBeInTheDocument();
    const sungaiKakap = screen
      .getByText('Sungai Kakap', { selector: 'strong, strong *' })
      .closest<HTMLElement>('.ant-form-item')!;
    expect(
      within(sungaiKakap).getByText('Kecamatan ini tidak berada di kabupaten/kota putaran.'),
    ).toBeInTheDocument();
    expect(sent).toHaveLength(1);
    expect(onOpened).not.toHaveBeenCalled();
  });

  it('shows a conflict with another round as an alert', async () => {
    regions({ '61.12': kubuRayaKecamatan });
    opening(() =>
      problem(
        409,
        'Putaran lain (Verivali Terentang) masih berjalan di kecamatan yang sama; selesaikan atau tunggu putaran itu.',
      ),
    );
    const { user, onOpened } = renderForm();

    await fillRound(user);
    await chooseKecamatan(user, 'Terentang');
    await submit(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Putaran lain (Verivali Terentang) masih berjalan di kecamatan yang sama',
    );
    expect(onOpened).not.toHaveBeenCalled();
    // What was typed stays, for another try.
    expect(screen.getByLabelText('Nama putaran')).toHaveValue('Verivali DTKS 2027 tahap I');
  });

  it('lets the ministry choose the province and the district', async () => {
    regions({
      '': [{ code: '61', name: 'Kalimantan Barat', level: 'PROVINCE', parentCode: '' }],
      '61': [
        { code: '61.11', name: 'Kayong Utara', level: 'DISTRICT', parentCode: '61' },
        { code: '61.12', name: 'Kubu Raya', level: 'DISTRICT', parentCode: '61' },
      ],
    });
    const sent = opening();
    const { user, onOpened } = renderForm(pusdatin);

    await fillRound(user);
    await user.click(screen.getByRole('combobox', { name: 'Provinsi' }));
    await user.click(await screen.findByTitle('Kalimantan Barat'));
    await user.click(screen.getByRole('combobox', { name: 'Kabupaten/kota' }));
    await user.click(await screen.findByTitle('Kubu Raya'));
    await submit(user);

    await waitFor(() => expect(onOpened).toHaveBeenCalled());
    expect(sent[0]?.districtCode).toBe('61.12');
    expect(sent[0]).not.toHaveProperty('province');
  });
});
