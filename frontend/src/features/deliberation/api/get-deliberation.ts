import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { Deliberation } from '../types';

export const getDeliberation = (id: number) => api.get<Deliberation>(`/api/deliberations/${id}`);

/** How often a deliberation is read again while the engine is still applying its decisions. */
export const applyingRefreshMs = 2000;

/**
 * Read again every two seconds while the engine is still moving its changes on (a few seconds
 * after it is recorded); after that it never changes.
 */
export const deliberationQuery = (id: number) =>
  queryOptions({
    queryKey: queryKeys.deliberations.details(id),
    queryFn: () => getDeliberation(id),
    refetchInterval: (query) => ((query.state.data?.applying ?? 0) > 0 ? applyingRefreshMs : false),
  });

export const useDeliberation = (id: number) => useQuery(deliberationQuery(id));

/** The signed minutes as uploaded: the browser downloads them with the session cookie. */
export const minutesPath = (id: number) => `/api/deliberations/${id}/minutes`;
