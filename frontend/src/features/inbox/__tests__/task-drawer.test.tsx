import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { TaskDrawer } from '../components/task-drawer';
import { deliberationTask, memberAddition } from '../fixtures';
import type { ChangeDetails } from '../types';

const change: ChangeDetails = {
  ...memberAddition,
  id: 7,
  number: 'CR-2026-000007',
  type: 'NEW_HOUSEHOLD',
  stage: 'VILLAGE_DELIBERATION',
  dueDate: '2026-03-16T08:00:00Z',
  overdue: true,
  villageName: 'Sungai Ambangah',
  reason: undefined,
  proposal: { ...memberAddition.proposal, member: undefined },
  checks: {
    civilRegistryMatches: [{ nikMasked: '611204******0001', result: 'MATCHED' }],
    duplicateHouseholdIds: [],
  },
  decisions: [
    {
      id: 1,
      stage: 'FIELD_CHECK',
      actor: 'op-6112042002',
      decision: 'APPROVE',
      reason: 'Rumah sesuai data',
      decidedAt: '2026-03-05T02:00:00Z',
    },
  ],
};

describe('task drawer', () => {
  it("shows the change's stage and the decisions taken so far beside the form", async () => {
    server.use(http.get('/api/change-requests/7', () => HttpResponse.json(change)));

    renderWithProviders(
      <TaskDrawer task={deliberationTask} onClose={vi.fn()} onDecided={vi.fn()} />,
    );

    // The drawer animates in and then asks for the change: slow on a busy machine.
    expect(await screen.findByText('Rumah sesuai data', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText('Usulan CR-2026-000007')).toBeInTheDocument();
    expect(screen.getByText('Verifikasi lapangan')).toBeInTheDocument();
    expect(screen.getByText('Dalam proses')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Simpan keputusan' })).toBeInTheDocument();
  });

  it("shows the checks' masked NIKs and leaves the household panel to the page", async () => {
    server.use(http.get('/api/change-requests/7', () => HttpResponse.json(change)));

    renderWithProviders(
      <TaskDrawer
        task={deliberationTask}
        onClose={vi.fn()}
        onDecided={vi.fn()}
        householdPanel={(householdId) => <p>panel for {householdId}</p>}
      />,
    );

    expect(await screen.findByText('611204******0001', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText('Padan')).toBeInTheDocument();
    expect(screen.getByText('panel for 12')).toBeInTheDocument();
  });
});
