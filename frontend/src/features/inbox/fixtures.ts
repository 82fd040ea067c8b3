import type { Page } from '@/lib/api-client';

import type { Task } from './types';

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
