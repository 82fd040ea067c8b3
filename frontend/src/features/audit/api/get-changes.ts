import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Page } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { ChangeSummary } from '../types';

export type ChangesFilter = {
  /** From 0. */
  page: number;
  size: number;
};

export const getChanges = (filter: ChangesFilter) =>
  api.get<Page<ChangeSummary>>('/api/change-requests', filter);

export const changesQuery = (filter: ChangesFilter) =>
  queryOptions({
    queryKey: queryKeys.changeRequests.page(filter),
    queryFn: () => getChanges(filter),
    placeholderData: keepPreviousData,
  });

export const useChanges = (filter: ChangesFilter) => useQuery(changesQuery(filter));
