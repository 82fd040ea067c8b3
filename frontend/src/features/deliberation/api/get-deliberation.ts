import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { Deliberation } from '../types';

export const getDeliberation = (id: number) => api.get<Deliberation>(`/api/deliberations/${id}`);

export const deliberationQuery = (id: number) =>
  queryOptions({
    queryKey: queryKeys.deliberations.details(id),
    queryFn: () => getDeliberation(id),
  });

export const useDeliberation = (id: number) => useQuery(deliberationQuery(id));

/** The signed minutes as uploaded: the browser downloads them with the session cookie. */
export const minutesPath = (id: number) => `/api/deliberations/${id}/minutes`;
