import { describe, expect, it } from 'vitest';

import { decidesTasks } from '../inbox-roles';

describe('inbox roles', () => {
  it('give an inbox to the officials who decide and to supervisors, not to auditors or the system', () => {
    for (const role of ['VILLAGE_OPERATOR', 'DISTRICT_HEAD', 'MINISTRY_OFFICER', 'SUPERVISOR']) {
      expect(decidesTasks(role), role).toBe(true);
    }
    for (const role of ['AUDITOR', 'ADMIN', 'INTEGRATION']) {
      expect(decidesTasks(role), role).toBe(false);
    }
  });
});
