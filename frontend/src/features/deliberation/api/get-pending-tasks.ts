import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Page } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { DeliberationStage, PendingTask } from '../types';

/** The server's largest inbox page. */
const pageSize = 100;

/**
 * Every open task of a stage in my inbox, all pages of `GET /api/tasks`: a deliberation decides
 * the whole list at once. Follow-ups are closed one by one in the inbox, not by a deliberation.
 */
export async function getPendingTasks(stage: DeliberationStage): Promise<PendingTask[]> {
  const tasks: PendingTask[] = [];
  for (let page = 0; ; page++) {
    const found = await api.get<Page<PendingTask>>('/api/tasks', { stage, page, size: pageSize });
    tasks.push(...found.content);
    if (page + 1 >= found.totalPages || found.content.length === 0) {
      return tasks.filter((task) => !task.followUp);
    }
  }
}

export const pendingTasksQuery = (stage: DeliberationStage) =>
  queryOptions({
    queryKey: queryKeys.tasks.pending(stage),
    queryFn: () => getPendingTasks(stage),
  });

export const usePendingTasks = (stage: DeliberationStage | undefined) =>
  useQuery({ ...pendingTasksQuery(stage ?? 'VILLAGE_DELIBERATION'), enabled: stage !== undefined });
