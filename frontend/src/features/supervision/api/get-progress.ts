import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { Progress } from '../types';

/** Without a region, the user's own (the provinces for the ministry). */
export const getProgress = (region?: string) =>
  api.get<Progress>('/api/supervision/progress', { region });

export const progressQuery = (region?: string) =>
  queryOptions({
    queryKey: queryKeys.supervision.progress(region ?? null),
    queryFn: () => getProgress(region),
    placeholderData: keepPreviousData,
  });

export const useProgress = (region?: string) => useQuery(progressQuery(region));
