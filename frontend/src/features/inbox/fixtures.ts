import type { Page } from '@/lib/api-client';

import type { ChangeDetails, Task } from './types';

/** A village deliberation task, for tests. */
export const deliberationTask: Task = {
  id: 'task-1',
  changeRequestId: 7,
  changeRequestNumber: 'CR-2026-000007',
  changeType: 'NEW_HOUSEHOLD',
  stage: 'VILLAGE_DELIBERATION',
  followUp: false,
  householdHead: 'Ahmad Fauzi',
  villageCode: '61.12.04.2002',
  villageName: 'Sungai Ambangah',
  dueDate: '2026-03-16T08:00:00Z',
  overdue: false,
  decisions: ['APPROVE', 'REJECT', 'DEFER'],
};

export function taskPage(content: Task[], totalElements = content.length): Page<Task> {
  return { content, page: 0, size: 20, totalElements, totalPages: 1 };
}

/** A member's addition waiting at the field check, with its household's address and masked numbers, for tests. */
export const memberAddition: ChangeDetails = {
  id: 9,
  number: 'CR-6112-2026-000009',
  type: 'ADD_MEMBER',
  status: 'IN_PROGRESS',
  stage: 'FIELD_CHECK',
  overdue: false,
  householdId: 12,
  villageName: 'Teluk Empening',
  householdHead: 'Ahmad Fauzi',
  reason: 'Lahir di rumah',
  proposal: {
    household: {
      kkNumberMasked: '611204******0007',
      address: 'Jl. Parit Haji Husin',
      rt: '003',
      rw: '001',
    },
    members: [],
    member: {
      name: 'Budi Anak',
      nikMasked: '611204******0003',
      birthDate: '2020-03-15',
      sex: 'MALE',
      relationship: 'CHILD',
    },
    fields: [],
  },
  checks: { civilRegistryMatches: [], duplicateHouseholdIds: [] },
  decisions: [],
};
