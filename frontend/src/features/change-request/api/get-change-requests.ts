import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Page } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { ChangeFilter, ChangeRequestSummary } from '../types';

/** A household's changes, newest first, within the caller's region. */
export const getChangeRequests = (filter: ChangeFilter) =>
  api.get<Page<ChangeRequestSummary>>('/api/change-requests', { ...filter });

/** While a listed change is under way, the list asks again now and then: its stage moves without a reload. */
export const historyRefreshMs = 15_000;

export const changeRequestsQuery = (filter: ChangeFilter) =>
  queryOptions({
    queryKey: queryKeys.changeRequests.page(filter),
    queryFn: () => getChangeRequests(filter),
    placeholderData: keepPreviousData,
    refetchInterval: (query) =>
      query.state.data?.content.some((change) => change.status === 'IN_PROGRESS')
        ? historyRefreshMs
        : false,
  });

export const useChangeRequests = (filter: ChangeFilter) => useQuery(changeRequestsQuery(filter));
