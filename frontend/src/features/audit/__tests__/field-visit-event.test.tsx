import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import i18n from '@/lib/i18n';
import { renderWithProviders } from '@/testing/render';

import { eventLines } from '../components/event-lines';
import { EventTimeline } from '../components/event-timeline';
import type { TimelineEvent } from '../types';

const visit: TimelineEvent = {
  at: '2026-12-05T03:00:00Z',
  kind: 'FIELD_VISIT',
  actor: 'op-6112082001',
  stage: 'FIELD_CHECK',
  details: {
    finding: 'MOVED',
    reason: 'Pindah ke Pontianak',
    visitedOn: '2026-12-04',
    enumerator: 'Siti Aminah',
    latitude: -0.052611,
    longitude: 109.342503,
    typeBefore: 'REVERIFY',
    typeAfter: 'REMOVE_HOUSEHOLD',
    photoUrl: '/api/field-checks/visits/7/photo',
    thumbnailUrl: '/api/field-checks/visits/7/photo?thumbnail=true',
  },
};

describe('a field visit in the replay', () => {
  it('says what was found, when, by whom, where and what the change became', () => {
    const lines = eventLines(visit, i18n.getFixedT('en', 'audit'));

    expect(lines).toEqual([
      'By op-6112082001',
      'Finding: Moved',
      'Reason: Pindah ke Pontianak',
      'Visited 2026-12-04 by Siti Aminah',
      'Photo location: -0.052611, 109.342503',
      expect.stringMatching(/^The change became: .+ \(was .+\)$/),
    ]);
  });

  it('shows the house photo beside the visit, opening the photo itself', () => {
    renderWithProviders(<EventTimeline events={[visit]} current={0} onSelect={() => {}} />);

    const photo = screen.getByRole('img', { name: /foto rumah/i });
    expect(photo).toHaveAttribute('src', '/api/field-checks/visits/7/photo?thumbnail=true');
    expect(photo.closest('a')).toHaveAttribute('href', '/api/field-checks/visits/7/photo');
  });
});
