import { fireEvent, screen, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { changeLanguage } from '@/lib/i18n';
import { confirmFirst, problem } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { HoldDeliberationWizard } from '../components/hold-deliberation-wizard';
import { camat, heldPlenary, plenaryTasks, tasksPage } from '../fixtures';
import type { HoldDeliberation, PendingTask } from '../types';

type User = ReturnType<typeof renderWithProviders>['user'];

/** The plenary's tasks over two pages, as the inbox pages them. */
function pendingTasks() {
  server.use(
    http.get('/api/tasks', ({ request }) => {
      const params = new URL(request.url).searchParams;
      expect(params.get('stage')).toBe('SUBDISTRICT_PLENARY');
      return params.get('page') === '1'
        ? HttpResponse.json(tasksPage(plenaryTasks.slice(2), 1, 2, 3))
        : HttpResponse.json(tasksPage(plenaryTasks.slice(0, 2), 0, 2, 3));
    }),
  );
}

interface Sent {
  deliberation: HoldDeliberation;
  deliberationType: string;
  minutes: File;
}

/** Answers the deliberation with `answer` and keeps the parts sent. */
function holding(answer: () => Response = () => HttpResponse.json(heldPlenary, { status: 201 })) {
  const sent: Sent[] = [];
  server.use(
    http.post('/api/deliberations', async ({ request }) => {
      const form = await request.formData();
      const part = form.get('deliberation') as File;
      sent.push({
        deliberation: JSON.parse(await part.text()) as HoldDeliberation,
        deliberationType: part.type,
        minutes: form.get('minutes') as File,
      });
      return answer();
    }),
  );
  return sent;
}

function renderWizard() {
  document.cookie = 'XSRF-TOKEN=token; path=/';
  pendingTasks();
  const onHeld = vi.fn();
  const rendered = renderWithProviders(<HoldDeliberationWizard chair={camat} onHeld={onHeld} />);
  return { ...rendered, onHeld };
}

const yesterday = dayjs().subtract(1, 'day');
const pdf = () => new File(['%PDF-1.7 berita acara'], 'ba-pleno.pdf', { type: 'application/pdf' });

const next = (user: User) => user.click(screen.getByRole('button', { name: 'Berikutnya' }));

/** Types as a paste does: one change, not one per key. */
async function fill(user: User, label: string, text: string) {
  await user.click(screen.getByLabelText(label));
  await user.paste(text);
}

async function fillMinutes(user: User) {
  // Typed day first, as the field shows it.
  await user.type(
    screen.getByLabelText('Tanggal rapat pleno'),
    `${yesterday.format('DD-MM-YYYY')}{Enter}`,
  );
  await fill(user, 'Tempat', 'Aula Kantor Camat');
  await fill(user, 'Nomor berita acara', 'BA/07/PLENO/2026');
  await fill(user, 'Peserta 1', 'Camat Terentang');
  await user.click(screen.getByRole('button', { name: /Tambah peserta/ }));
  await fill(user, 'Peserta 2', 'TKSK Terentang');
  await user.upload(screen.getByLabelText('Berita acara yang ditandatangani'), pdf());
}

/** From the first step to the decisions, with every change picked. */
async function toDecisions(user: User) {
  await user.click(await screen.findByRole('button', { name: 'Pilih semua' }));
  await next(user);
  await fillMinutes(user);
  await next(user);
  await screen.findByRole('heading', { name: 'Keputusan' });
}

function row(number: string) {
  return screen.getByText(number).closest<HTMLElement>('.ant-card')!;
}

// Walking a four-step form in jsdom takes a few seconds.
describe('hold deliberation wizard', { timeout: 30_000 }, () => {
  it('selects every pending change of all pages, or all of one village', async () => {
    const { user } = renderWizard();

    await user.click(await screen.findByRole('button', { name: 'Pilih semua' }));
    expect(screen.getByText('3 dari 3 usulan dipilih')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Pilih usulan CR-2026-000103' })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Kosongkan pilihan' }));
    expect(screen.getByText('0 dari 3 usulan dipilih')).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Pilih per desa/kelurahan' }));
    await user.click(await screen.findByTitle('Teluk Empening'));

    expect(screen.getByText('2 dari 3 usulan dipilih')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Pilih usulan CR-2026-000101' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Pilih usulan CR-2026-000102' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Pilih usulan CR-2026-000103' })).toBeChecked();
  });

  it('goes on only with at least one change picked', async () => {
    const { user } = renderWizard();

    await screen.findByRole('button', { name: 'Pilih semua' });
    await next(user);

    expect(screen.getByRole('alert')).toHaveTextContent('Pilih sedikitnya satu usulan.');
    await user.click(screen.getByRole('checkbox', { name: 'Pilih usulan CR-2026-000102' }));
    await next(user);
    expect(await screen.findByRole('heading', { name: 'Berita acara' })).toBeInTheDocument();
  });

  it('asks for a reason to reject or return, and sets all decisions at once', async () => {
    const { user } = renderWizard();
    await toDecisions(user);

    expect(within(row('CR-2026-000101')).getByRole('radio', { name: 'Setujui' })).toBeChecked();
    expect(screen.queryByRole('radio', { name: 'Tunda' })).not.toBeInTheDocument();

    await user.click(within(row('CR-2026-000102')).getByRole('radio', { name: 'Kembalikan' }));
    await next(user);

    expect(
      await within(row('CR-2026-000102')).findByText(
        'Alasan wajib diisi untuk menolak atau mengembalikan.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Keputusan' })).toBeInTheDocument();

    await fill(user, 'Alasan CR-2026-000102', 'Alamat belum lengkap');
    await user.click(screen.getByRole('button', { name: 'Tolak semua' }));
    for (const number of ['CR-2026-000101', 'CR-2026-000102', 'CR-2026-000103']) {
      expect(within(row(number)).getByRole('radio', { name: 'Tolak' })).toBeChecked();
    }
    await next(user);
    expect(
      await within(row('CR-2026-000101')).findByText(
        'Alasan wajib diisi untuk menolak atau mengembalikan.',
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Setujui semua' }));
    await next(user);
    expect(await screen.findByRole('heading', { name: 'Tinjau' })).toBeInTheDocument();
    expect(screen.getByText('Disetujui: 3')).toBeInTheDocument();
  });

  it('offers on each change the decisions the server sent for its task', async () => {
    const [first, second, third] = plenaryTasks as [PendingTask, PendingTask, PendingTask];
    server.use(
      http.get('/api/tasks', () =>
        HttpResponse.json(
          tasksPage(
            [
              first,
              { ...second, decisions: ['APPROVE', 'REJECT'] },
              { ...third, decisions: ['REJECT', 'RETURN'] },
            ],
            0,
            1,
            3,
          ),
        ),
      ),
    );
    const { user } = renderWithProviders(<HoldDeliberationWizard chair={camat} onHeld={vi.fn()} />);
    await toDecisions(user);

    const offered = (number: string) =>
      within(row(number))
        .getAllByRole('radio')
        .map((radio) => radio.closest('label')?.textContent);
    expect(offered('CR-2026-000101')).toEqual(['Setujui', 'Tolak', 'Kembalikan']);
    expect(offered('CR-2026-000102')).toEqual(['Setujui', 'Tolak']);
    expect(offered('CR-2026-000103')).toEqual(['Tolak', 'Kembalikan']);
    // A change that may not be approved does not start approved.
    expect(within(row('CR-2026-000102')).getByRole('radio', { name: 'Setujui' })).toBeChecked();
    for (const radio of within(row('CR-2026-000103')).getAllByRole('radio')) {
      expect(radio).not.toBeChecked();
    }
    // All at once only to what every change allows.
    const setAll = screen.getByRole('group', { name: 'Tetapkan semua' });
    expect(
      within(setAll)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Tolak semua']);
  });

  it('sends the deliberation as a JSON part and the signed minutes as a file part', async () => {
    const sent = holding();
    const { user, onHeld } = renderWizard();
    await toDecisions(user);

    await user.click(within(row('CR-2026-000102')).getByRole('radio', { name: 'Tolak' }));
    await fill(user, 'Alasan CR-2026-000102', ' Sudah pindah ');
    await fill(user, 'Catatan CR-2026-000103', 'Dicek ulang TKSK');
    await next(user);

    expect(await screen.findByText('ba-pleno.pdf (21 byte)')).toBeInTheDocument();
    expect(screen.getByText('Disetujui: 2')).toBeInTheDocument();
    expect(screen.getByText('Ditolak: 1')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Simpan keputusan' }));

    await vi.waitFor(() => expect(onHeld).toHaveBeenCalledWith(42));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.deliberationType).toBe('application/json');
    expect(sent[0]!.deliberation).toEqual({
      level: 'SUBDISTRICT',
      regionCode: '61.12.04',
      heldOn: yesterday.format('YYYY-MM-DD'),
      place: 'Aula Kantor Camat',
      minutesNumber: 'BA/07/PLENO/2026',
      attendees: ['Camat Terentang', 'TKSK Terentang'],
      decisions: [
        { taskId: 'task-1', decision: 'APPROVE' },
        { taskId: 'task-2', decision: 'REJECT', reason: 'Sudah pindah' },
        { taskId: 'task-3', decision: 'APPROVE', note: 'Dicek ulang TKSK' },
      ],
    });
    // jsdom's File loses its name in Node's multipart encoder; a browser sends it (see hold-deliberation.test.ts).
    expect(sent[0]!.minutes.type).toBe('application/pdf');
    expect(await sent[0]!.minutes.text()).toBe('%PDF-1.7 berita acara');
  });

  it('records a minutes number used before only once the chair confirms it', async () => {
    let answered = 0;
    const sent = holding(() =>
      ++answered === 1
        ? confirmFirst([
            {
              code: 'MINUTES_NUMBER_REUSED',
              message:
                'Nomor berita acara BA/07/PLENO/2026 sudah tercatat untuk musyawarah/rapat tanggal 01-12-2026 di wilayah ini.',
            },
          ])
        : HttpResponse.json(heldPlenary, { status: 201 }),
    );
    const { user, onHeld } = renderWizard();
    await toDecisions(user);
    await next(user);
    await user.click(await screen.findByRole('button', { name: 'Simpan keputusan' }));

    expect(await screen.findByText(/tanggal 01-12-2026 di wilayah ini/)).toBeInTheDocument();
    expect(onHeld).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Saya sudah memeriksa, tetap lanjutkan' }));

    await vi.waitFor(() => expect(onHeld).toHaveBeenCalledWith(42));
    expect(sent.map(({ deliberation }) => deliberation.confirmedWarnings)).toEqual([
      undefined,
      ['MINUTES_NUMBER_REUSED'],
    ]);
  });

  it('puts each refused item beside its row and keeps everything typed', async () => {
    const sent = holding(() =>
      problem(400, 'Permintaan tidak valid.', [
        { field: 'minutesNumber', message: 'Nomor berita acara sudah dipakai.' },
        { field: 'decisions[1].reason', message: 'Alasan wajib diisi.' },
        { field: 'decisions[2].taskId', message: 'Tugas ini tidak ada di kotak masuk Anda.' },
      ]),
    );
    const { user, onHeld } = renderWizard();
    await toDecisions(user);
    await next(user);
    await user.click(await screen.findByRole('button', { name: 'Simpan keputusan' }));

    // The minutes come first: the chair lands on them, with everything typed still there.
    expect(await screen.findByText('Nomor berita acara sudah dipakai.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Berita acara' })).toBeInTheDocument();
    expect(screen.getByText(/Tidak ada keputusan yang tersimpan/)).toBeInTheDocument();
    expect(screen.getByLabelText('Tempat')).toHaveValue('Aula Kantor Camat');
    expect(screen.getByLabelText('Peserta 2')).toHaveValue('TKSK Terentang');
    expect(screen.getByText('ba-pleno.pdf')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Nomor berita acara'));
    await fill(user, 'Nomor berita acara', 'BA/08/PLENO/2026');
    await vi.waitFor(() =>
      expect(screen.queryByText('Nomor berita acara sudah dipakai.')).not.toBeInTheDocument(),
    );
    await next(user);

    expect(within(row('CR-2026-000102')).getByText('Alasan wajib diisi.')).toBeInTheDocument();
    expect(
      within(row('CR-2026-000103')).getByText('Tugas ini tidak ada di kotak masuk Anda.'),
    ).toBeInTheDocument();
    expect(within(row('CR-2026-000101')).queryByText(/Alasan wajib/)).not.toBeInTheDocument();
    expect(onHeld).not.toHaveBeenCalled();
    expect(sent).toHaveLength(1);
  });

  it('refuses a minutes file that is not a PDF, JPEG or PNG, or is over 10 MB', async () => {
    const { user } = renderWizard();
    await user.click(await screen.findByRole('button', { name: 'Pilih semua' }));
    await next(user);
    // The upload puts a new input in place after each choice.
    const fileInput = () => screen.getByLabelText('Berita acara yang ditandatangani');

    fireEvent.change(fileInput(), {
      target: { files: [new File(['PK'], 'ba.docx', { type: 'application/msword' })] },
    });
    expect(await screen.findByText('Berkas ba.docx bukan PDF, JPEG atau PNG.')).toBeInTheDocument();

    const big = new File(['x'], 'ba-scan.png', { type: 'image/png' });
    Object.defineProperty(big, 'size', { value: 10 * 1024 * 1024 + 1 });
    fireEvent.change(fileInput(), { target: { files: [big] } });
    expect(
      await screen.findByText('Berkas ba-scan.png berukuran 10 MB; paling besar 10 MB.'),
    ).toBeInTheDocument();
    expect(screen.queryByText('ba-scan.png')).not.toBeInTheDocument();

    await user.upload(fileInput(), pdf());
    expect(await screen.findByText('ba-pleno.pdf')).toBeInTheDocument();
    await vi.waitFor(() => expect(screen.queryByText(/bukan PDF/)).not.toBeInTheDocument());
  });

  it('says a plenary dated after today is refused, naming the date, and keeps it to correct', async () => {
    const sent = holding();
    const { user } = renderWizard();
    await user.click(await screen.findByRole('button', { name: 'Pilih semua' }));
    await next(user);
    const heldOn = screen.getByLabelText('Tanggal rapat pleno');
    const tomorrow = dayjs().add(1, 'day').format('DD-MM-YYYY');

    await user.type(heldOn, `${tomorrow}{Enter}`);
    await next(user);

    const item = heldOn.closest<HTMLElement>('.ant-form-item')!;
    expect(
      await within(item).findByText('Tanggal rapat pleno tidak boleh setelah hari ini.'),
    ).toBeInTheDocument();
    expect(heldOn).toHaveValue(tomorrow);
    expect(screen.getByRole('heading', { name: 'Berita acara' })).toBeInTheDocument();

    // Today is the latest the server takes.
    await user.clear(heldOn);
    await user.type(heldOn, `${dayjs().format('DD-MM-YYYY')}{Enter}`);
    await vi.waitFor(() =>
      expect(within(item).queryByText(/tidak boleh setelah hari ini/)).not.toBeInTheDocument(),
    );
    expect(sent).toEqual([]);
  });

  it('says in English a plenary dated over ten years ago is refused, as the server does', async () => {
    await changeLanguage('en');
    const { user } = renderWizard();
    await user.click(await screen.findByRole('button', { name: 'Select all' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const heldOn = screen.getByLabelText('Date of the plenary');

    await user.type(
      heldOn,
      `${dayjs().subtract(10, 'year').subtract(1, 'day').format('DD-MM-YYYY')}{Enter}`,
    );

    const item = heldOn.closest<HTMLElement>('.ant-form-item')!;
    expect(
      await within(item).findByText('Date of the plenary may be at most 10 years ago.'),
    ).toBeInTheDocument();

    await user.clear(heldOn);
    await user.type(heldOn, `${dayjs().subtract(10, 'year').format('DD-MM-YYYY')}{Enter}`);
    await vi.waitFor(() =>
      expect(within(item).queryByText(/at most 10 years ago/)).not.toBeInTheDocument(),
    );
  });

  it('names the minutes as each level signs them', async () => {
    server.use(http.get('/api/tasks', () => HttpResponse.json(tasksPage(plenaryTasks, 0, 1, 3))));
    const { user } = renderWithProviders(
      <HoldDeliberationWizard
        chair={{ role: 'DISTRICT_HEAD', regionCode: '61.12', regionName: 'Kubu Raya' }}
        onHeld={vi.fn()}
      />,
    );

    await user.click(await screen.findByRole('button', { name: 'Pilih semua' }));
    await next(user);

    expect(screen.getByLabelText('Nomor surat pengesahan')).toBeInTheDocument();
    expect(screen.getByLabelText('Tanggal pengesahan')).toBeInTheDocument();
  });

  it('shows a file the server finds too large beside the minutes', async () => {
    holding(() => new HttpResponse(null, { status: 413 }));
    const { user } = renderWizard();
    await toDecisions(user);
    await next(user);
    await user.click(await screen.findByRole('button', { name: 'Simpan keputusan' }));

    expect(
      await screen.findByText(
        'Berkas berita acara terlalu besar untuk server (paling besar 10 MB).',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Berita acara' })).toBeInTheDocument();
    expect(screen.getByLabelText('Tempat')).toHaveValue('Aula Kantor Camat');
  });

  it('tells who is not a chair that others hold deliberations', () => {
    renderWithProviders(
      <HoldDeliberationWizard
        chair={{ role: 'VILLAGE_OPERATOR', regionCode: '61.12.04.2002' }}
        onHeld={vi.fn()}
      />,
    );

    expect(screen.getByText(/Musyawarah dipimpin oleh kepala desa/)).toBeInTheDocument();
  });
});
