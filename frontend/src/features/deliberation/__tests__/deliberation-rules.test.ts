import { describe, expect, it } from 'vitest';

import { heldOnProblem } from '../deliberation-rules';

describe('deliberation rules', () => {
  it("judges a deliberation's date as the server does: from ten years back to today, both included", () => {
    const today = '2026-12-06';

    expect(heldOnProblem('2026-12-06', today)).toBeUndefined();
    expect(heldOnProblem('2026-12-07', today)).toBe('future');
    expect(heldOnProblem('2027-01-01', today)).toBe('future');
    expect(heldOnProblem('2016-12-06', today)).toBeUndefined();
    expect(heldOnProblem('2016-12-05', today)).toBe('tooOld');
  });

  it('counts ten years back from 29 February as java.time does, to the 28th', () => {
    expect(heldOnProblem('2014-02-28', '2024-02-29')).toBeUndefined();
    expect(heldOnProblem('2014-02-27', '2024-02-29')).toBe('tooOld');
  });
});
