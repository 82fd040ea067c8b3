import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { problem } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { HouseholdDetails } from '../components/household-details';
import type { Household } from '../types';

const household: Household = {
  id: 12,
  kkNumber: '6112040101200001',
  address: 'Jl. Parit Haji Husin',
  rt: '001',
  rw: '002',
  villageCode: '61.12.04.2002',
  villageName: 'Sungai Ambangah',
  subdistrictName: 'Sungai Raya',
  districtName: 'Kubu Raya',
  welfare: {
    houseOwnership: 'OWNED',
    floorAreaM2: 36,
    floorMaterial: 'LOW_QUALITY_WOOD',
    wallMaterial: 'WOOD',
    roofMaterial: 'ZINC',
    drinkingWater: 'PROTECTED_WELL',
    lighting: 'PLN_UNMETERED',
    sanitation: 'SHARED',
    cookingFuel: 'FIREWOOD',
    monthlyExpenditure: 1250000,
  },
  status: 'ACTIVE',
  removalReason: null,
  members: [
    {
      id: 1,
      nik: '6112041203850001',
      name: 'Ahmad Fauzi',
      birthDate: '1985-03-12',
      sex: 'MALE',
      relationship: 'HEAD',
      civilRegistryStatus: 'MATCHED',
      status: 'ACTIVE',
      removalReason: null,
    },
    {
      id: 2,
      nik: '6112046205900002',
      name: 'Nurhayati',
      birthDate: '1990-05-22',
      sex: 'FEMALE',
      relationship: 'SPOUSE',
      civilRegistryStatus: 'DECEASED',
      status: 'REMOVED',
      removalReason: 'DECEASED',
    },
  ],
};

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
