import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Page } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { Stage, Task } from '../types';

export type TaskFilter = {
  stage?: Stage;
  overdue?: boolean;
  region?: string;
  q?: string;
  /** From 0. */
  page: number;
  size: number;
};

/** How many tasks an inbox page holds. */
export const taskPageSize = 20;

export const getTasks = (filter: TaskFilter) => api.get<Page<Task>>('/api/tasks', filter);

/**
 * How often an open inbox asks again, while its tab is in front: new work shows up without a
 * reload, at the cost of one indexed read model query per official per interval.
 */
export const inboxRefreshMs = 15_000;

export const tasksQuery = (filter: TaskFilter) =>
  queryOptions({
    queryKey: queryKeys.tasks.page(filter),
    queryFn: () => getTasks(filter),
    placeholderData: keepPreviousData,
    refetchInterval: inboxRefreshMs,
  });

/** The page an inbox opens on: no filter, the first page. */
export const firstTasksQuery = () => tasksQuery({ page: 0, size: taskPageSize });

export const useTasks = (filter: TaskFilter) => useQuery(tasksQuery(filter));
