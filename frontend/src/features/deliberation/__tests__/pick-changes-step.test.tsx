import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { mediaQueryList } from '@/testing/match-media';
import { renderWithProviders } from '@/testing/render';

import { PickChangesStep } from '../components/pick-changes-step';
import { plenaryTasks } from '../fixtures';
import type { PendingTask } from '../types';

/** A browser window `width` pixels wide, as antd's breakpoints ask it through matchMedia. */
function viewport(width: number) {
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) =>
    mediaQueryList(query, width),
  );
}

/** The step as the wizard holds it: the selection kept above, each change reported. */
function renderStep(tasks: PendingTask[] = plenaryTasks) {
  const changes: string[][] = [];
  function Holder() {
    const [selected, setSelected] = useState<string[]>([]);
    return (
      <PickChangesStep
        tasks={tasks}
        selected={selected}
        onChange={(next) => {
          changes.push(next);
          setSelected(next);
        }}
      />
    );
  }
  return { ...renderWithProviders(<Holder />), changes };
}

const card = (number: string) => screen.getByText(number).closest<HTMLElement>('.ant-card')!;

describe('pick changes step', () => {
  it('on a phone shows a card per change, with what the table shows and a checkbox', async () => {
    viewport(360);
    const { user, changes } = renderStep();

    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const first = card('CR-2026-000101');
    expect(within(first).getByText('Ahmad Fauzi')).toBeInTheDocument();
    expect(within(first).getByText('Verifikasi ulang · Teluk Empening')).toBeInTheDocument();
    expect(within(first).getByText(/2099/)).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Pilih usulan CR-2026-000103' }));
    await user.click(screen.getByRole('checkbox', { name: 'Pilih usulan CR-2026-000101' }));
    // In the list's order, whatever order they were picked in.
    expect(changes.at(-1)).toEqual(['task-1', 'task-3']);
    expect(screen.getByRole('status')).toHaveTextContent('2 dari 3 usulan dipilih');

    // The number is the checkbox's label: tapping it picks the change too.
    await user.click(within(card('CR-2026-000102')).getByText('CR-2026-000102'));
    expect(screen.getByRole('checkbox', { name: 'Pilih usulan CR-2026-000102' })).toBeChecked();

    await user.click(screen.getByRole('checkbox', { name: 'Pilih usulan CR-2026-000101' }));
    expect(changes.at(-1)).toEqual(['task-2', 'task-3']);
  });

  it('on a phone selects all, clears and selects by village as the table does', async () => {
    viewport(360);
    const { user } = renderStep();
    const checkbox = (number: string) =>
      screen.getByRole('checkbox', { name: `Pilih usulan ${number}` });

    await user.click(screen.getByRole('button', { name: 'Pilih semua' }));
    for (const task of plenaryTasks) {
      expect(checkbox(task.changeRequestNumber)).toBeChecked();
    }

    await user.click(screen.getByRole('button', { name: 'Kosongkan pilihan' }));
    expect(screen.getByRole('status')).toHaveTextContent('0 dari 3 usulan dipilih');

    await user.click(screen.getByRole('combobox', { name: 'Pilih per desa/kelurahan' }));
    await user.click(await screen.findByTitle('Terentang Hilir'));
    expect(checkbox('CR-2026-000102')).toBeChecked();
    expect(checkbox('CR-2026-000101')).not.toBeChecked();
  });

  it('on a phone pages through more than 50 changes', async () => {
    viewport(360);
    const many = Array.from({ length: 60 }, (_, index) => ({
      ...plenaryTasks[0]!,
      id: `task-${index}`,
      changeRequestNumber: `CR-2026-${String(index).padStart(6, '0')}`,
    }));
    const { user } = renderStep(many);

    expect(screen.getAllByRole('checkbox', { name: /^Pilih usulan / })).toHaveLength(50);
    await user.click(screen.getByRole('button', { name: 'Pilih semua' }));
    expect(screen.getByRole('status')).toHaveTextContent('60 dari 60 usulan dipilih');
    await user.click(screen.getByTitle('Halaman Berikutnya'));
    expect(screen.getAllByRole('checkbox', { name: /^Pilih usulan / })).toHaveLength(10);
    expect(screen.getByRole('checkbox', { name: 'Pilih usulan CR-2026-000059' })).toBeChecked();
  });

  it('on a desktop shows a table with a checkbox per row and one for all', async () => {
    viewport(1280);
    const { user, changes } = renderStep();

    const table = screen.getByRole('table');
    expect(
      within(table).getByRole('columnheader', { name: 'Kepala keluarga' }),
    ).toBeInTheDocument();
    expect(within(table).getByText('Siti Aminah')).toBeInTheDocument();
    expect(document.querySelector('.ant-card')).toBeNull();

    await user.click(within(table).getByRole('checkbox', { name: 'Pilih usulan CR-2026-000102' }));
    expect(changes.at(-1)).toEqual(['task-2']);
  });
});
