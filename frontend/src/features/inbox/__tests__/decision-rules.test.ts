import { describe, expect, it } from 'vitest';

import { allowedDecisions, reasonRequired, referenceRequired } from '../decision-rules';

describe('decision rules', () => {
  it('offer each stage the decisions the server allows there', () => {
    expect(allowedDecisions('FIELD_CHECK')).toEqual(['APPROVE', 'REJECT']);
    expect(allowedDecisions('VILLAGE_DELIBERATION')).toEqual(['APPROVE', 'REJECT', 'DEFER']);
    for (const stage of [
      'SUBDISTRICT_PLENARY',
      'DISTRICT_VERIFICATION',
      'DISTRICT_APPROVAL',
      'MINISTRY_DETERMINATION',
    ] as const) {
      expect(allowedDecisions(stage), stage).toEqual(['APPROVE', 'REJECT', 'RETURN']);
    }
  });

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
});
