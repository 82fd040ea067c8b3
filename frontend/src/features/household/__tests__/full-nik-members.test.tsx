import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { problem } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { FullNikMembers } from '../components/full-nik-members';
import { household } from '../fixtures';

describe('full NIK members', () => {
  it('asks the server for the full NIKs only when the official clicks', async () => {
    let reads = 0;
    server.use(
      http.get('/api/households/12', () => {
        reads += 1;
        return HttpResponse.json(household);
      }),
    );

    renderWithProviders(<FullNikMembers householdId={12} />);

    expect(screen.getByText(/dicatat dalam jejak audit/)).toBeInTheDocument();
    expect(screen.queryByText('6112041203850001')).not.toBeInTheDocument();
    expect(reads).toBe(0);

    await userEvent.click(screen.getByRole('button', { name: /Tampilkan NIK lengkap/ }));

    expect(await screen.findByText('6112041203850001')).toBeInTheDocument();
    expect(screen.getByText('Ahmad Fauzi')).toBeInTheDocument();
    expect(reads).toBe(1);
  });

  it("shows the server's refusal in the user's language", async () => {
    server.use(http.get('/api/households/12', () => problem(404, 'Not found')));

    renderWithProviders(<FullNikMembers householdId={12} />);
    await userEvent.click(screen.getByRole('button', { name: /Tampilkan NIK lengkap/ }));

    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
