import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { Deadlines } from '../types';

/** Without a region, the user's own (the provinces for the ministry). */
export const getDeadlines = (region?: string) =>
  api.get<Deadlines>('/api/supervision/deadlines', { region });

export const deadlinesQuery = (region?: string) =>
  queryOptions({
    queryKey: queryKeys.supervision.deadlines(region ?? null),
    queryFn: () => getDeadlines(region),
    placeholderData: keepPreviousData,
  });

export const useDeadlines = (region?: string) => useQuery(deadlinesQuery(region));
