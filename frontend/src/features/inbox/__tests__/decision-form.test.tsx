import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { problem } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { DecisionForm } from '../components/decision-form';
import { deliberationTask } from '../fixtures';
import type { CompleteTask, Task } from '../types';

function renderForm(task: Task = deliberationTask) {
  document.cookie = 'XSRF-TOKEN=token; path=/';
  const onDecided = vi.fn();
  const rendered = renderWithProviders(<DecisionForm task={task} onDecided={onDecided} />);
  return { ...rendered, onDecided };
}

/** Answers the decision with `answer` and keeps what was sent. */
function completing(answer: () => Response = () => HttpResponse.json(deliberationTask)) {
  const sent: CompleteTask[] = [];
  server.use(
    http.post('/api/tasks/task-1/complete', async ({ request }) => {
      sent.push((await request.json()) as CompleteTask);
      return answer();
    }),
  );
  return sent;
}

describe('decision form', () => {
  it('offers exactly the decisions the server sent with the task', () => {
    renderForm();

    expect(
      screen.getAllByRole('radio').map((radio) => radio.closest('label')?.textContent),
    ).toEqual(['Setujui', 'Tolak', 'Tunda']);
  });

  it('offers no decision the server left out, whatever the stage', () => {
    renderForm({
      ...deliberationTask,
      stage: 'SUBDISTRICT_PLENARY',
      decisions: ['REJECT', 'RETURN'],
    });

    expect(
      screen.getAllByRole('radio').map((radio) => radio.closest('label')?.textContent),
    ).toEqual(['Tolak', 'Kembalikan']);
    expect(screen.queryByRole('radio', { name: 'Setujui' })).not.toBeInTheDocument();
  });

  it('asks for a reason before it sends a rejection', async () => {
    const sent = completing();
    const { user } = renderForm();

    await user.click(screen.getByText('Tolak'));
    await user.click(screen.getByRole('button', { name: 'Simpan keputusan' }));

    expect(
      await screen.findByText('Alasan wajib diisi untuk menolak atau mengembalikan.'),
    ).toBeInTheDocument();
    expect(sent).toEqual([]);

    await user.click(screen.getByText('Setujui'));

    await vi.waitFor(() =>
      expect(
        screen.queryByText('Alasan wajib diisi untuk menolak atau mengembalikan.'),
      ).not.toBeInTheDocument(),
    );
  });

  it('sends the decision and its reason, leaving empty fields out', async () => {
    const sent = completing();
    const { user, onDecided } = renderForm();

    await user.click(screen.getByText('Tolak'));
    await user.type(screen.getByLabelText('Alasan'), 'Tidak memenuhi kriteria');
    await user.click(screen.getByRole('button', { name: 'Simpan keputusan' }));

    await vi.waitFor(() => expect(onDecided).toHaveBeenCalled());
    expect(sent).toEqual([{ decision: 'REJECT', reason: 'Tidak memenuhi kriteria' }]);
  });

  it('keeps the input and shows the field errors when the server refuses it', async () => {
    completing(() =>
      problem(400, 'Permintaan tidak valid.', [
        { field: 'note', message: 'Catatan terlalu panjang.' },
      ]),
    );
    const { user, onDecided } = renderForm();

    await user.click(screen.getByText('Setujui'));
    await user.type(screen.getByLabelText('Catatan'), 'Sudah dicek');
    await user.click(screen.getByRole('button', { name: 'Simpan keputusan' }));

    expect(await screen.findByText('Catatan terlalu panjang.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Permintaan tidak valid.');
    expect(screen.getByLabelText('Catatan')).toHaveValue('Sudah dicek');
    expect(screen.getByRole('radio', { name: 'Setujui' })).toBeChecked();
    expect(onDecided).not.toHaveBeenCalled();
  });

  it('lists above the form an error on a field it does not show', async () => {
    completing(() =>
      problem(400, 'Permintaan tidak valid.', [
        { field: 'reason', message: 'Tindak lanjut ditutup tanpa alasan.' },
        { field: 'note', message: 'Catatan terlalu panjang.' },
      ]),
    );
    const { user } = renderForm({ ...deliberationTask, followUp: true, decisions: [] });

    await user.type(screen.getByLabelText('Catatan'), 'Sudah ditindaklanjuti');
    await user.click(screen.getByRole('button', { name: 'Tutup tindak lanjut' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Tindak lanjut ditutup tanpa alasan.');
    expect(alert).not.toHaveTextContent('Catatan terlalu panjang.');
    expect(await screen.findByText('Catatan terlalu panjang.')).toBeInTheDocument();
  });

  it("shows the server's message when someone else has decided", async () => {
    completing(() => problem(409, 'Tugas sudah diputuskan oleh kades-2002.'));
    const { user } = renderForm();

    await user.click(screen.getByText('Tunda'));
    await user.click(screen.getByRole('button', { name: 'Simpan keputusan' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Tugas sudah diputuskan oleh kades-2002.',
    );
  });

  it('asks for the ratification letter of a district approval', async () => {
    const sent = completing();
    const { user } = renderForm({
      ...deliberationTask,
      stage: 'DISTRICT_APPROVAL',
      decisions: ['APPROVE', 'REJECT', 'RETURN'],
    });

    await user.click(screen.getByText('Setujui'));
    await user.click(screen.getByRole('button', { name: 'Simpan keputusan' }));

    expect(await screen.findByText('Nomor surat wajib diisi pada tahap ini.')).toBeInTheDocument();
    expect(sent).toEqual([]);

    await user.type(screen.getByLabelText('Nomor surat pengesahan'), '460/123/DINSOS');
    await user.click(screen.getByRole('button', { name: 'Simpan keputusan' }));

    await vi.waitFor(() =>
      expect(sent).toEqual([{ decision: 'APPROVE', reference: '460/123/DINSOS' }]),
    );
  });

  it("sends the letter's date typed day first as the API writes it", async () => {
    const sent = completing();
    const { user, onDecided } = renderForm({
      ...deliberationTask,
      stage: 'DISTRICT_APPROVAL',
      decisions: ['APPROVE', 'REJECT', 'RETURN'],
    });

    await user.click(screen.getByText('Setujui'));
    await user.type(screen.getByLabelText('Nomor surat pengesahan'), '460/123/DINSOS');
    const date = screen.getByLabelText('Tanggal surat');
    expect(date).toHaveAttribute('placeholder', 'HH-BB-TTTT');
    await user.type(date, '01-12-2026');
    await user.click(screen.getByRole('button', { name: 'Simpan keputusan' }));

    await vi.waitFor(() => expect(onDecided).toHaveBeenCalled());
    expect(sent).toEqual([
      { decision: 'APPROVE', reference: '460/123/DINSOS', referenceDate: '2026-12-01' },
    ]);
  });
});
