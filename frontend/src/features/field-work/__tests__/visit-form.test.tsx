import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { today } from '@/lib/calendar-date';
import { problem } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { FieldVisit } from '../components/field-visit';
import { fieldCheckPage, removalToVisit, toVisit } from '../fixtures';
import type { FieldCheck, Visit } from '../types';

type User = ReturnType<typeof renderWithProviders>['user'];

interface Sent {
  visit: Visit;
  visitType: string;
  photo: File | null;
}

/** Answers each visit with the next of `answers` (the last one again once they run out). */
function visiting(...answers: (() => Response)[]) {
  const sent: Sent[] = [];
  server.use(
    http.post('/api/field-checks/:taskId/visit', async ({ request, params }) => {
      expect(params.taskId).toBe(toVisit.taskId);
      const form = await request.formData();
      const part = form.get('visit') as File;
      sent.push({
        visit: JSON.parse(await part.text()) as Visit,
        visitType: part.type,
        photo: form.get('photo') as File | null,
      });
      const answer = answers[Math.min(sent.length, answers.length) - 1];
      return answer ? answer() : HttpResponse.json({ ...toVisit, state: 'DECIDED' });
    }),
  );
  return sent;
}

const decidedAnswer = () => HttpResponse.json({ ...toVisit, state: 'DECIDED' });

function renderVisit(check: FieldCheck | undefined = toVisit) {
  const onVisited = vi.fn();
  const rendered = renderWithProviders(
    <FieldVisit taskId="task-11" check={check} listPath="/field-checks" onVisited={onVisited} />,
  );
  return { ...rendered, onVisited };
}

const photo = () => new File(['jpeg bytes'], 'rumah.jpg', { type: 'image/jpeg' });

/** antd's radio buttons take the tap on their label. */
const choose = (user: User, finding: string) =>
  user.click(screen.getByRole('radio', { name: finding }).closest('label')!);

const submit = (user: User) => user.click(screen.getByRole('button', { name: 'Simpan kunjungan' }));

async function fillVisit(user: User) {
  await choose(user, 'Pindah');
  await user.click(screen.getByLabelText('Alasan'));
  await user.paste('Pindah ke Pontianak sejak Januari');
  await user.click(screen.getByLabelText('Nama petugas pencacah'));
  await user.paste('Rudi Hartono');
  await user.upload(screen.getByLabelText('Foto rumah'), photo());
}

/** Everything the enumerator entered is still in the form. */
function expectKept() {
  expect(screen.getByRole('radio', { name: 'Pindah' })).toBeChecked();
  expect(screen.getByLabelText('Alasan')).toHaveValue('Pindah ke Pontianak sejak Januari');
  expect(screen.getByLabelText('Nama petugas pencacah')).toHaveValue('Rudi Hartono');
  expect(screen.getByText('Ganti foto')).toBeInTheDocument();
}

describe('field visit form', { timeout: 30_000 }, () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=token; path=/';
  });

  it('records a found household in two taps: the date is today and the enumerator remembered', async () => {
    localStorage.setItem('verivali.enumerator', 'Rudi Hartono');
    const sent = visiting(decidedAnswer);
    const { user, onVisited } = renderVisit();

    expect(screen.getByText('Ahmad Fauzi')).toBeInTheDocument();
    await choose(user, 'Ditemukan, masih layak');
    await submit(user);

    await waitFor(() => expect(onVisited).toHaveBeenCalled());
    expect(sent).toHaveLength(1);
    expect(sent[0]?.visitType).toBe('application/json');
    expect(sent[0]?.visit).toEqual({
      finding: 'FOUND',
      visitedOn: today(),
      enumerator: 'Rudi Hartono',
      decide: true,
    });
    expect(sent[0]?.photo).toBeNull();
    expect(await screen.findByText('Kunjungan ke Ahmad Fauzi tersimpan.')).toBeInTheDocument();
  });

  it('requires a reason for every finding but found', async () => {
    const sent = visiting(decidedAnswer);
    const { user } = renderVisit();

    await choose(user, 'Pindah');
    await user.click(screen.getByLabelText('Nama petugas pencacah'));
    await user.paste('Rudi Hartono');
    await submit(user);

    expect(
      await screen.findByText(
        'Tuliskan alasannya: hasil ini mengeluarkan atau menolak rumah tangga.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Alasan')).toBeRequired();

    await choose(user, 'Ditemukan, masih layak');
    await waitFor(() =>
      expect(
        screen.queryByText('Tuliskan alasannya: hasil ini mengeluarkan atau menolak rumah tangga.'),
      ).not.toBeInTheDocument(),
    );
    expect(screen.getByLabelText('Alasan')).not.toBeRequired();
    expect(sent).toHaveLength(0);
  });

  it('requires a reason to find a household whose removal was proposed', async () => {
    const sent = visiting(decidedAnswer);
    const { user } = renderWithProviders(
      <FieldVisit
        taskId="task-11"
        check={{ ...removalToVisit, taskId: 'task-11' }}
        listPath="/field-checks"
        onVisited={vi.fn()}
      />,
    );

    expect(
      screen.getByText('Wajib: usulan ini adalah penghapusan rumah tangga.'),
    ).toBeInTheDocument();
    await choose(user, 'Ditemukan, masih layak');
    await user.click(screen.getByLabelText('Nama petugas pencacah'));
    await user.paste('Rudi Hartono');
    await submit(user);

    expect(
      await screen.findByText(
        'Tuliskan alasannya: hasil ini mengeluarkan atau menolak rumah tangga.',
      ),
    ).toBeInTheDocument();
    expect(sent).toHaveLength(0);
  });

  it('keeps the input when the server refuses it, and shows why at the fields', async () => {
    visiting(() =>
      problem(400, 'Periksa isian yang ditandai.', [
        {
          field: 'visitedOn',
          message:
            'Tanggal kunjungan tidak boleh setelah hari ini atau lebih dari 1 tahun yang lalu.',
        },
        { field: 'visit', message: 'Kunjungan ini tidak dapat dibaca.' },
      ]),
    );
    const { user, onVisited } = renderVisit();

    await fillVisit(user);
    await submit(user);

    const dateItem = (await screen.findByLabelText('Tanggal kunjungan')).closest<HTMLElement>(
      '.ant-form-item',
    )!;
    expect(
      await within(dateItem).findByText(
        'Tanggal kunjungan tidak boleh setelah hari ini atau lebih dari 1 tahun yang lalu.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Kunjungan ini tidak dapat dibaca.')).toBeInTheDocument();
    expect(screen.getByText('Periksa isian yang ditandai.')).toBeInTheDocument();
    expectKept();
    expect(onVisited).not.toHaveBeenCalled();
  });

  it('keeps the input and the photo when the network fails, and sends them again', async () => {
    const sent = visiting(() => HttpResponse.error(), decidedAnswer);
    const { user, onVisited } = renderVisit();

    await fillVisit(user);
    await submit(user);

    expect(
      await screen.findByText('Server tidak dapat dihubungi. Periksa koneksi Anda lalu coba lagi.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Kunjungan belum terkirim. Semua isian dan foto masih ada di sini: coba kirim lagi.',
      ),
    ).toBeInTheDocument();
    expectKept();

    await user.click(screen.getByRole('button', { name: 'Coba lagi' }));

    await waitFor(() => expect(onVisited).toHaveBeenCalled());
    expect(sent).toHaveLength(2);
    expect(sent[1]?.visit).toEqual(sent[0]?.visit);
    expect(sent[1]?.visit).toMatchObject({
      finding: 'MOVED',
      reason: 'Pindah ke Pontianak sejak Januari',
      enumerator: 'Rudi Hartono',
    });
    expect(await sent[1]?.photo?.text()).toBe('jpeg bytes');
  });

  it('keeps the input when the server fails, and offers to try again', async () => {
    visiting(() => problem(503, 'Layanan sedang sibuk.'));
    const { user } = renderVisit();

    await fillVisit(user);
    await submit(user);

    expect(await screen.findByText('Layanan sedang sibuk.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Coba lagi' })).toBeInTheDocument();
    expectKept();
  });

  it('keeps what was typed over a reload, but not once the visit is saved', async () => {
    visiting(decidedAnswer);
    const first = renderVisit();
    await choose(first.user, 'Pindah');
    await first.user.click(screen.getByLabelText('Alasan'));
    await first.user.paste('Rumah kosong');
    first.unmount();

    const second = renderVisit();
    expect(screen.getByRole('radio', { name: 'Pindah' })).toBeChecked();
    expect(screen.getByLabelText('Alasan')).toHaveValue('Rumah kosong');
    await second.user.click(screen.getByLabelText('Nama petugas pencacah'));
    await second.user.paste('Rudi Hartono');
    await submit(second.user);
    await waitFor(() => expect(second.onVisited).toHaveBeenCalled());
    second.unmount();

    renderVisit();
    expect(screen.getByRole('radio', { name: 'Pindah' })).not.toBeChecked();
    expect(screen.getByLabelText('Alasan')).toHaveValue('');
    // The enumerator is remembered for the next household.
    expect(screen.getByLabelText('Nama petugas pencacah')).toHaveValue('Rudi Hartono');
  });

  it('refuses a photo that is not a JPEG or PNG before sending anything', async () => {
    renderVisit();

    // A browser asked for images may still let one pick any file ("All files").
    fireEvent.change(screen.getByLabelText('Foto rumah'), {
      target: { files: [new File(['%PDF'], 'rumah.pdf', { type: 'application/pdf' })] },
    });

    expect(await screen.findByText('Foto harus berupa JPEG atau PNG.')).toBeInTheDocument();
    expect(screen.getByText('Ambil atau pilih foto')).toBeInTheDocument();
  });

  it('finds the household on the worklist when the page was opened without it', async () => {
    server.use(
      http.get('/api/field-checks', () =>
        HttpResponse.json(fieldCheckPage([removalToVisit, toVisit])),
      ),
    );
    renderVisit(undefined);

    expect(await screen.findByText('Ahmad Fauzi')).toBeInTheDocument();
    expect(screen.getByText('Jl. Parit Haji Husin No. 12')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Simpan kunjungan' })).toBeInTheDocument();
  });
});
