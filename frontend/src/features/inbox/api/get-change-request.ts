import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { ChangeDetails } from '../types';

export const getChangeRequest = (id: number) =>
  api.get<ChangeDetails>(`/api/change-requests/${id}`);

export const changeRequestQuery = (id: number) =>
  queryOptions({
    queryKey: queryKeys.changeRequests.details(id),
    queryFn: () => getChangeRequest(id),
  });

export const useChangeRequest = (id: number) => useQuery(changeRequestQuery(id));
