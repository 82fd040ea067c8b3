import { describe, expect, it } from 'vitest';

import { changeBody, updatesSomething } from '../change-body';

describe('change body', () => {
  it('sends only the parts a type takes', () => {
    const values = {
      removalReason: 'MOVED' as const,
      memberId: 2,
      member: { nik: '6112046205900002' },
      reason: ' ',
      note: ' Catatan ',
    };

    expect(changeBody({ ...values, type: 'REVERIFY' }, { householdId: 12 })).toEqual({
      type: 'REVERIFY',
      householdId: 12,
      note: 'Catatan',
    });
    expect(changeBody({ ...values, type: 'REMOVE_HOUSEHOLD' }, { householdId: 12 })).toEqual({
      type: 'REMOVE_HOUSEHOLD',
      householdId: 12,
      removalReason: 'MOVED',
      note: 'Catatan',
    });
  });

  it('sees an update without any new value as no update', () => {
    const empty = changeBody({ type: 'UPDATE', update: { address: '  ' } }, { householdId: 12 });
    const some = changeBody({ type: 'UPDATE', update: { rw: '4' } }, { householdId: 12 });

    expect(updatesSomething(empty)).toBe(false);
    expect(updatesSomething(some)).toBe(true);
  });
});
