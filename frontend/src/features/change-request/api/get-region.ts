import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

import { api, isApiError } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { Region } from '../types';

/** A region by its code (`61.12.04`), or null when there is no such region (404). */
export const getRegion = async (code: string): Promise<Region | null> => {
  try {
    return await api.get<Region>(`/api/regions/${encodeURIComponent(code)}`);
  } catch (error) {
    if (isApiError(error, 404)) {
      return null;
    }
    throw error;
  }
};

export const regionQuery = (code: string) =>
  queryOptions({
    queryKey: queryKeys.regions.details(code),
    queryFn: () => getRegion(code),
    // The region list changes with a Kemendagri regulation, not within a session.
    staleTime: Infinity,
  });

/**
 * Asks whether a kecamatan code is a real one, each code once per session. Undefined when the
 * question could not be answered: the server checks every NIK again, so the form does not block.
 */
export const useSubdistrictExists = () => {
  const queryClient = useQueryClient();
  return useCallback(
    async (code: string) => {
      try {
        const region = await queryClient.fetchQuery(regionQuery(code));
        return region !== null && region.level === 'SUBDISTRICT';
      } catch {
        return undefined;
      }
    },
    [queryClient],
  );
};
