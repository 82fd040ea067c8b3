import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Page } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { Stage, Task } from '../types';

export type TaskFilter = {
  stage?: Stage;
  overdue?: boolean;
  /** From 0. */
  page: number;
  size: number;
};

export const getTasks = (filter: TaskFilter) => api.get<Page<Task>>('/api/tasks', filter);

export const tasksQuery = (filter: TaskFilter) =>
  queryOptions({
    queryKey: queryKeys.tasks.page(filter),
    queryFn: () => getTasks(filter),
    placeholderData: keepPreviousData,
  });

export const useTasks = (filter: TaskFilter) => useQuery(tasksQuery(filter));
