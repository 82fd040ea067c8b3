import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { problem } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { HouseholdDetails } from '../components/household-details';
import { household } from '../fixtures';

function renderDetails(id: number) {
  return renderWithProviders(<HouseholdDetails id={id} onBack={vi.fn()} />, {
    path: '/households/:id',
    route: `/households/${id}`,
  });
}

describe('household details', () => {
  it('shows the household, its living conditions and its members', async () => {
    server.use(http.get('/api/households/12', () => HttpResponse.json(household)));

    renderDetails(12);

    expect(await screen.findByText('KK 6112040101200001')).toBeInTheDocument();
    expect(screen.getByText('Kubu Raya')).toBeInTheDocument();
    expect(screen.getByText('Kayu/papan kualitas rendah')).toBeInTheDocument();
    expect(screen.getByText('36 m²')).toBeInTheDocument();
    expect(screen.getByText('6112046205900002')).toBeInTheDocument();
    expect(screen.getByText('Istri/suami')).toBeInTheDocument();
    expect(screen.getByText('Dihapus: Meninggal')).toBeInTheDocument();
    expect(screen.getByText('Padan')).toBeInTheDocument();
  });

  it('says the household was not found when the server answers 404', async () => {
    server.use(
      http.get('/api/households/99', () => problem(404, 'Rumah tangga 99 tidak ditemukan.')),
    );

    renderDetails(99);

    expect(await screen.findByText('Rumah tangga tidak ditemukan')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Kembali ke daftar' })).toBeInTheDocument();
  });
});
