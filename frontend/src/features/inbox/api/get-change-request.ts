import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { ChangeDetails } from '../types';

export const getChangeRequest = (id: number) =>
  api.get<ChangeDetails>(`/api/change-requests/${id}`);

export const changeRequestQuery = (id: number) =>
  queryOptions({ queryKey: ['change-requests', id], queryFn: () => getChangeRequest(id) });

export const useChangeRequest = (id: number) => useQuery(changeRequestQuery(id));
