import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { Credentials, Me } from '../types';
import { meQuery } from './get-me';

export const login = (credentials: Credentials) => api.post<Me>('/api/auth/login', credentials);

export const useLogin = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      // What an earlier user saw in this tab is not this user's to see.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.me[0] });
      queryClient.setQueryData(meQuery().queryKey, me);
    },
  });
};
