import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '@/testing/render';

import { FieldVisitSummary } from '../components/field-visit-summary';

describe('the field visit beside a decision', () => {
  it('shows the house photo, the finding, the visit and its reason', () => {
    renderWithProviders(
      <FieldVisitSummary
        visit={{
          id: 7,
          taskId: 't-1',
          changeRequestId: 41,
          changeRequestNumber: 'CR-6112-2026-000041',
          finding: 'DECEASED',
          reason: 'Meninggal 2 November',
          visitedOn: '2026-12-04',
          enumerator: 'Siti Aminah',
          memberNiks: [],
          decided: true,
          recordedBy: 'op-6112082001',
          recordedAt: '2026-12-05T03:00:00Z',
          photo: {
            sha256: 'ab'.repeat(32),
            latitude: -0.052611,
            longitude: 109.342503,
            url: '/api/field-checks/visits/7/photo',
            thumbnailUrl: '/api/field-checks/visits/7/photo?thumbnail=true',
          },
        }}
      />,
    );

    expect(screen.getByText('Meninggal')).toBeInTheDocument();
    expect(screen.getByText('Dikunjungi 4 Des 2026 oleh Siti Aminah')).toBeInTheDocument();
    expect(screen.getByText('Meninggal 2 November')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Foto rumah: Meninggal' }).closest('a')).toHaveAttribute(
      'href',
      '/api/field-checks/visits/7/photo',
    );
  });

  it('shows nothing where nobody has been', () => {
    renderWithProviders(<FieldVisitSummary />);

    expect(screen.queryByTestId('field-visit')).not.toBeInTheDocument();
  });
});
