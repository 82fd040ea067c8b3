import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Page } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { Task } from '../types';
import { inboxRefreshMs } from './get-tasks';

/** The number of tasks in the caller's inbox: one row asked for, the total counted by the server. */
export const openTaskCountQuery = () =>
  queryOptions({
    queryKey: queryKeys.tasks.count,
    queryFn: () =>
      api.get<Page<Task>>('/api/tasks', { page: 0, size: 1 }).then((page) => page.totalElements),
    refetchInterval: inboxRefreshMs,
  });

/** Counted only for officials who decide tasks; the others have no inbox. */
export const useOpenTaskCount = (enabled: boolean) =>
  useQuery({ ...openTaskCountQuery(), enabled });
