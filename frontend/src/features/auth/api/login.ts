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
      // What an earlier user saw in this tab is not this user's to see; the sign-in page's facts
      // (is this the demo?) are nobody's.
      const kept: unknown[] = [queryKeys.me[0], queryKeys.signInPage[0]];
      queryClient.removeQueries({ predicate: (query) => !kept.includes(query.queryKey[0]) });
      queryClient.setQueryData(meQuery().queryKey, me);
    },
  });
};
