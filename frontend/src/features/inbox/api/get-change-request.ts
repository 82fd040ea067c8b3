import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { ChangeDetails } from '../types';

export const getChangeRequest = (id: number) =>
  api.get<ChangeDetails>(`/api/change-requests/${id}`);

/** While a change is under way its page asks again now and then: a stage passed shows without a reload. */
export const changeRefreshMs = 15_000;

export const changeRequestQuery = (id: number) =>
  queryOptions({
    queryKey: queryKeys.changeRequests.details(id),
    queryFn: () => getChangeRequest(id),
    refetchInterval: (query) =>
      query.state.data?.status === 'IN_PROGRESS' ? changeRefreshMs : false,
  });

export const useChangeRequest = (id: number) => useQuery(changeRequestQuery(id));
