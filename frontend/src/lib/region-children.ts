import { useQuery } from '@tanstack/react-query';

import { api } from './api-client';
import type { Schemas } from './api-types';
import { queryKeys } from './query-keys';

export type Region = Schemas['RegionView'];

/**
 * The regions under one (`GET /api/regions?parent=`, public), the provinces under null, each list
 * asked once a session; nothing is asked while `parent` is undefined (a picker whose level above
 * is not chosen yet).
 */
export function useRegionChildren(parent: string | null | undefined) {
  return useQuery({
    queryKey: queryKeys.regions.children(parent ?? null),
    queryFn: () => api.get<Region[]>('/api/regions', { parent }),
    enabled: parent !== undefined,
    // The region list changes with a Kemendagri regulation, not within a session.
    staleTime: Infinity,
  });
}
