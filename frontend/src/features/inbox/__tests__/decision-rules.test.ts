import { describe, expect, it } from 'vitest';

import { reasonRequired, referenceRequired, takesReference } from '../decision-rules';

describe('decision rules', () => {
  it('ask for a reason to reject or return, not to approve or defer', () => {
    expect(reasonRequired('REJECT')).toBe(true);
    expect(reasonRequired('RETURN')).toBe(true);
    expect(reasonRequired('APPROVE')).toBe(false);
    expect(reasonRequired('DEFER')).toBe(false);
  });

  it('ask for the letter of a district approval and the decree of any ministry decision', () => {
    expect(referenceRequired('DISTRICT_APPROVAL', 'APPROVE')).toBe(true);
    expect(referenceRequired('DISTRICT_APPROVAL', 'RETURN')).toBe(false);
    expect(referenceRequired('MINISTRY_DETERMINATION', 'REJECT')).toBe(true);
    expect(referenceRequired('DISTRICT_VERIFICATION', 'APPROVE')).toBe(false);
  });

  it('cite a letter or a decree only at the district approval and the ministry', () => {
    expect(takesReference('DISTRICT_APPROVAL')).toBe(true);
    expect(takesReference('MINISTRY_DETERMINATION')).toBe(true);
    expect(takesReference('DISTRICT_VERIFICATION')).toBe(false);
    expect(takesReference('VILLAGE_DELIBERATION')).toBe(false);
  });
});
