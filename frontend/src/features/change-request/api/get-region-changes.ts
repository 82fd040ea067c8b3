import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Page } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { ChangeListFilter, ChangeRequestSummary } from '../types';

export type RegionChangesFilter = ChangeListFilter & {
  /** From 0. */
  page: number;
  size: number;
};

/** A region's changes, filtered and sorted, within the caller's region. */
export const getRegionChanges = (filter: RegionChangesFilter) =>
  api.get<Page<ChangeRequestSummary>>('/api/change-requests', filter);

export const regionChangesQuery = (filter: RegionChangesFilter) =>
  queryOptions({
    queryKey: queryKeys.changeRequests.page(filter),
    queryFn: () => getRegionChanges(filter),
    placeholderData: keepPreviousData,
  });

export const useRegionChanges = (filter: RegionChangesFilter) =>
  useQuery(regionChangesQuery(filter));
