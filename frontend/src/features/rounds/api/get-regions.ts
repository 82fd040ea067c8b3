import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { Region } from '../types';

/** A region's children (a district's kecamatan); without a parent, the provinces. */
export const getRegionChildren = (parent?: string) => api.get<Region[]>('/api/regions', { parent });

export const regionChildrenQuery = (parent?: string) =>
  queryOptions({
    queryKey: queryKeys.regions.children(parent ?? null),
    queryFn: () => getRegionChildren(parent),
    // The region list changes with a Kemendagri regulation, not within a session.
    staleTime: Infinity,
  });

/** The children of `parent`; nothing is asked while `enabled` is false. */
export const useRegionChildren = (parent: string | undefined, enabled = true) =>
  useQuery({ ...regionChildrenQuery(parent), enabled });
