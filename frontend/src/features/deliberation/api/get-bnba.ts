import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { Bnba } from '../types';

/** Opening it is recorded as reading every household on it: it carries their NIKs. */
export const getBnba = (id: number) => api.get<Bnba>(`/api/deliberations/${id}/bnba`);

export const bnbaQuery = (id: number) =>
  queryOptions({
    queryKey: queryKeys.deliberations.bnba(id),
    queryFn: () => getBnba(id),
  });

export const useBnba = (id: number) => useQuery(bnbaQuery(id));
