import { describe, expect, it } from 'vitest';

import { deliberationForm } from '../api/hold-deliberation';
import type { HoldDeliberation } from '../types';

const deliberation: HoldDeliberation = {
  level: 'VILLAGE',
  regionCode: '61.12.04.2002',
  heldOn: '2026-11-20',
  place: 'Balai Desa',
  minutesNumber: 'BA/01/MUSDES/2026',
  attendees: ['Kepala Desa'],
  decisions: [{ taskId: 'task-1', decision: 'APPROVE' }],
};

describe('deliberation form', () => {
  it('holds the deliberation as a JSON part and the minutes under their own name', async () => {
    const minutes = new File(['%PDF-1.7'], 'ba-musdes.pdf', { type: 'application/pdf' });

    const form = deliberationForm({ deliberation, minutes });

    const json = form.get('deliberation') as Blob;
    expect(json.type).toBe('application/json');
    expect(JSON.parse(await json.text())).toEqual(deliberation);
    const file = form.get('minutes') as File;
    expect(file.name).toBe('ba-musdes.pdf');
    expect(file.type).toBe('application/pdf');
  });
});
