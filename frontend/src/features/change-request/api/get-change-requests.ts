import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Page } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { ChangeFilter, ChangeRequestSummary } from '../types';

/** A household's changes, newest first, within the caller's region. */
export const getChangeRequests = (filter: ChangeFilter) =>
  api.get<Page<ChangeRequestSummary>>('/api/change-requests', { ...filter });

export const changeRequestsQuery = (filter: ChangeFilter) =>
  queryOptions({
    queryKey: queryKeys.changeRequests.page(filter),
    queryFn: () => getChangeRequests(filter),
    placeholderData: keepPreviousData,
  });

export const useChangeRequests = (filter: ChangeFilter) => useQuery(changeRequestsQuery(filter));
