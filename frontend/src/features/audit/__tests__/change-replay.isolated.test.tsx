import { fireEvent, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import i18n from '@/lib/i18n';
import { problem } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import type { BpmnDiagramProps } from '../components/bpmn-diagram';
import { ChangeReplay } from '../components/change-replay';
import { diagram, timeline } from './fixtures';

// jsdom cannot draw SVG: the viewer is replaced by what it is given to show.
vi.mock('../components/bpmn-diagram', () => ({
  default: ({ markers, overlay }: BpmnDiagramProps) => (
    <div data-testid="diagram">
      <p data-testid="current">{overlay?.elementId}</p>
      <p data-testid="overlay">{overlay?.lines.join(' | ')}</p>
      <p data-testid="markers">
        {[...markers].map(([element, marker]) => `${element}=${marker}`).join(' ')}
      </p>
    </div>
  ),
}));

/** The village the field check was offered in, by name. */
const villageName = http.get('/api/regions/61.12.04.2002', () =>
  HttpResponse.json({
    code: '61.12.04.2002',
    name: 'Ambangah',
    level: 'VILLAGE',
    parentCode: '61.12.04',
  }),
);

function serve() {
  server.use(
    http.get('/api/audit/change-requests/7/timeline', () => HttpResponse.json(timeline)),
    http.get('/api/audit/change-requests/7/diagram', () => HttpResponse.json(diagram)),
    villageName,
  );
}

/** The timeline's highlighted event. */
function currentEvent() {
  const current = document.querySelector<HTMLElement>('[aria-current="step"]');
  expect(current).not.toBeNull();
  return current as HTMLElement;
}

describe('change replay', () => {
  it('lists every event with its actor and decision', async () => {
    serve();

    renderWithProviders(<ChangeReplay id={7} />);

    expect(await screen.findByText('Jejak usulan CR-2026-000007')).toBeInTheDocument();
    expect(screen.getByText('Oleh operator.desa')).toBeInTheDocument();
    expect(screen.getByText('Tugas diputuskan: Verifikasi lapangan')).toBeInTheDocument();
    expect(screen.getByText('Oleh kades.ambangah')).toBeInTheDocument();
    expect(screen.getByText('Keputusan: Setujui')).toBeInTheDocument();
    expect(screen.getByText('Alasan: Sesuai kondisi lapangan')).toBeInTheDocument();
    // The region by its name once known, beside its code.
    expect(
      await screen.findByText('Untuk: Kepala desa/lurah, wilayah Ambangah (61.12.04.2002)'),
    ).toBeInTheDocument();
    // Results in words, not the codes the server keeps.
    expect(screen.getByText('Hasil: Lolos')).toBeInTheDocument();
    expect(screen.getByText('Hasil: Disetujui')).toBeInTheDocument();
    expect(screen.queryByText(/PASSED|APPROVED|VILLAGE_HEAD/)).not.toBeInTheDocument();
  });

  it('speaks English throughout for an English reader, the labels of the model included', async () => {
    await i18n.changeLanguage('en');
    serve();

    renderWithProviders(<ChangeReplay id={7} />);

    expect(await screen.findByText('Task decided: Field check')).toBeInTheDocument();
    expect(
      await screen.findByText('For: Village head (Kades/Lurah), region Ambangah (61.12.04.2002)'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Verifikasi lapangan/)).not.toBeInTheDocument();
  });

  it('starts at the first event and steps with the buttons', async () => {
    serve();
    const { user } = renderWithProviders(<ChangeReplay id={7} />);
    await screen.findByTestId('diagram');

    expect(screen.getByText('Langkah 1 dari 5')).toBeInTheDocument();
    expect(screen.getByTestId('current')).toHaveTextContent('Start');
    expect(screen.getByRole('button', { name: 'Langkah sebelumnya' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Langkah terakhir' }));

    expect(screen.getByText('Langkah 5 dari 5')).toBeInTheDocument();
    expect(screen.getByTestId('current')).toHaveTextContent('End_Approved');
    expect(screen.getByTestId('markers')).toHaveTextContent('Flow_Approved=replay-taken');

    await user.click(screen.getByRole('button', { name: 'Langkah sebelumnya' }));

    expect(screen.getByTestId('current')).toHaveTextContent('Task_FieldCheck');
    expect(screen.getByTestId('overlay')).toHaveTextContent(
      'Oleh kades.ambangah | Keputusan: Setujui | Alasan: Sesuai kondisi lapangan',
    );
    expect(within(currentEvent()).getByText('Oleh kades.ambangah')).toBeInTheDocument();
    expect(screen.getByTestId('markers')).not.toHaveTextContent('Flow_Approved');

    await user.click(screen.getByRole('button', { name: 'Langkah pertama' }));

    expect(screen.getByText('Langkah 1 dari 5')).toBeInTheDocument();
  });

  it('steps with the arrow keys and jumps to the event the auditor picks', async () => {
    serve();
    const { user } = renderWithProviders(<ChangeReplay id={7} />);
    await screen.findByTestId('diagram');

    fireEvent.keyDown(window, { key: 'ArrowRight' });
    fireEvent.keyDown(window, { key: 'ArrowRight' });

    expect(screen.getByText('Langkah 3 dari 5')).toBeInTheDocument();
    expect(
      await within(currentEvent()).findByText(
        'Untuk: Kepala desa/lurah, wilayah Ambangah (61.12.04.2002)',
      ),
    ).toBeInTheDocument();

    fireEvent.keyDown(window, { key: 'ArrowLeft' });

    expect(screen.getByTestId('current')).toHaveTextContent('Task_Checks');

    await user.click(screen.getByRole('button', { name: /^Ke langkah 5/ }));

    expect(screen.getByText('Langkah 5 dari 5')).toBeInTheDocument();
  });

  it('shows the timeline alone when the engine no longer has the history', async () => {
    server.use(
      http.get('/api/audit/change-requests/7/timeline', () => HttpResponse.json(timeline)),
      http.get('/api/audit/change-requests/7/diagram', () =>
        problem(404, 'Riwayat proses tidak ditemukan.'),
      ),
      villageName,
    );

    renderWithProviders(<ChangeReplay id={7} />);

    expect(
      await screen.findByText(/Riwayat mesin proses untuk usulan ini tidak tersedia/),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('diagram')).not.toBeInTheDocument();
    expect(screen.getByText('Oleh kades.ambangah')).toBeInTheDocument();
  });

  it("shows the server's refusal in the user's language", async () => {
    server.use(
      http.get('/api/audit/change-requests/7/timeline', () =>
        problem(403, 'Hanya auditor yang dapat memutar ulang riwayat.'),
      ),
      http.get('/api/audit/change-requests/7/diagram', () => problem(403, 'Ditolak.')),
    );

    renderWithProviders(<ChangeReplay id={7} />);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Hanya auditor yang dapat memutar ulang riwayat.',
    );
  });
});
