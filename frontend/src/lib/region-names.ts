import { useQueries } from '@tanstack/react-query';
import { useCallback } from 'react';

import { api, isApiError } from './api-client';
import type { Schemas } from './api-types';
import { queryKeys } from './query-keys';

type Region = Schemas['RegionView'];

/**
 * The names of regions by their codes, each asked once a session (`GET /api/regions/{code}`, the
 * region list is public): a way back up shows "Terentang", not "61.12.04". A code not yet answered,
 * or unknown, has no name.
 */
export function useRegionNames(codes: readonly string[]): ReadonlyMap<string, string> {
  const key = codes.join(',');
  // Stable while the codes are the same, so that the map keeps its identity until an answer
  // changes: safe in a memo's dependencies.
  const combine = useCallback(
    (answers: { data?: Region | null }[]) => {
      const names = new Map<string, string>();
      const asked = key === '' ? [] : key.split(',');
      answers.forEach((answer, index) => {
        const code = asked[index];
        if (code && answer.data) {
          names.set(code, answer.data.name);
        }
      });
      return names;
    },
    [key],
  );
  return useQueries({
    queries: codes.map((code) => ({
      queryKey: queryKeys.regions.details(code),
      queryFn: async (): Promise<Region | null> => {
        try {
          return await api.get<Region>(`/api/regions/${encodeURIComponent(code)}`);
        } catch (error) {
          if (isApiError(error, 404)) {
            return null;
          }
          throw error;
        }
      },
      staleTime: Infinity,
    })),
    combine,
  });
}
