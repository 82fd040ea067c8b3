import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '@/testing/render';

import { ChangeProposal } from '../components/change-proposal';
import { memberAddition } from '../fixtures';

const base = memberAddition;

describe('change proposal', () => {
  it('shows the member an addition proposes, with the household address and masked KK', () => {
    renderWithProviders(<ChangeProposal change={base} />);

    const member = screen.getByText('Anggota yang diusulkan masuk').closest('.ant-descriptions');
    expect(member).not.toBeNull();
    const facts = within(member as HTMLElement);
    expect(facts.getByText('Budi Anak')).toBeInTheDocument();
    expect(facts.getByText('Laki-laki')).toBeInTheDocument();
    expect(facts.getByText('Anak')).toBeInTheDocument();
    expect(facts.getByText(/15 Mar(et)? 2020/)).toBeInTheDocument();
    expect(facts.getByText('611204******0003')).toBeInTheDocument();
    expect(
      screen.getByText('Jl. Parit Haji Husin, RT 003/RW 001, Teluk Empening'),
    ).toBeInTheDocument();
    expect(screen.getByText('611204******0007')).toBeInTheDocument();
    expect(screen.getByText('Lahir di rumah')).toBeInTheDocument();
  });

  it("shows a removal's reason category beside its free text", () => {
    renderWithProviders(
      <ChangeProposal
        change={{
          ...base,
          type: 'REMOVE_HOUSEHOLD',
          removalReason: 'DECEASED',
          reason: 'Meninggal 2 November, tinggal sendiri',
          proposal: { ...base.proposal, member: undefined },
        }}
      />,
    );

    expect(screen.getByText('Alasan penghapusan')).toBeInTheDocument();
    expect(screen.getByText('Meninggal')).toBeInTheDocument();
    expect(screen.getByText('Meninggal 2 November, tinggal sendiri')).toBeInTheDocument();
  });

  it('shows a correction field by field, before and proposed, in words', () => {
    renderWithProviders(
      <ChangeProposal
        change={{
          ...base,
          type: 'UPDATE',
          proposal: {
            ...base.proposal,
            member: undefined,
            fields: [
              { field: 'address', before: 'Jl. Lama 1', proposed: 'Jl. Parit Baru 7' },
              { field: 'welfare.floorMaterial', before: 'SOIL', proposed: 'CEMENT' },
              { field: 'welfare.floorAreaM2', proposed: '36' },
            ],
          },
        }}
      />,
    );

    const corrections = within(
      screen
        .getByText('Perbaikan: sebelum → diusulkan')
        .closest('.ant-descriptions') as HTMLElement,
    );
    expect(corrections.getByText('Jl. Lama 1')).toBeInTheDocument();
    expect(corrections.getByText('Jl. Parit Baru 7')).toBeInTheDocument();
    expect(corrections.getByText('Lantai terluas')).toBeInTheDocument();
    expect(corrections.getByText('Tanah')).toBeInTheDocument();
    expect(corrections.getByText('Semen/bata merah')).toBeInTheDocument();
    expect(corrections.getByText('Luas lantai')).toBeInTheDocument();
    expect(corrections.getByText('(kosong)')).toBeInTheDocument();
    expect(corrections.getByText('36 m²')).toBeInTheDocument();
  });

  it('lists the members a new household proposes', () => {
    renderWithProviders(
      <ChangeProposal
        change={{
          ...base,
          type: 'NEW_HOUSEHOLD',
          proposal: {
            ...base.proposal,
            member: undefined,
            members: [
              {
                name: 'Siti Aminah',
                nikMasked: '611204******0001',
                birthDate: '1990-05-22',
                sex: 'FEMALE',
                relationship: 'HEAD',
              },
            ],
          },
        }}
      />,
    );

    expect(screen.getByText('Anggota rumah tangga yang diusulkan')).toBeInTheDocument();
    expect(screen.getByText('Siti Aminah')).toBeInTheDocument();
    expect(
      screen.getByText(/Kepala keluarga · Perempuan · lahir .* · NIK 611204\*{6}0001/),
    ).toBeInTheDocument();
  });

  it('says in words why the checks rejected a change and links the other household', () => {
    renderWithProviders(
      <ChangeProposal
        change={{
          ...base,
          status: 'REJECTED',
          stage: 'DONE',
          checks: {
            failure: 'DUPLICATE_NIK',
            civilRegistryMatches: [],
            duplicateHouseholdIds: [1289],
          },
        }}
        householdLink={(id) => `/households/${id}`}
      />,
    );

    expect(screen.getByText('Ditolak pemeriksaan otomatis: data ganda')).toBeInTheDocument();
    expect(screen.getByText(/sudah menjadi anggota aktif rumah tangga lain/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'rumah tangga #1289' })).toHaveAttribute(
      'href',
      '/households/1289',
    );
  });
});
