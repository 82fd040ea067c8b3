import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, isApiError } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { Me } from '../types';

/** The signed-in user, or null when nobody is (the API answers 401). */
export const getMe = async (): Promise<Me | null> => {
  try {
    return await api.get<Me>('/api/me');
  } catch (error) {
    if (isApiError(error, 401)) {
      return null;
    }
    throw error;
  }
};

export const meQuery = () =>
  queryOptions({ queryKey: queryKeys.me, queryFn: getMe, staleTime: 5 * 60 * 1000 });

export const useMe = () => useQuery(meQuery());
