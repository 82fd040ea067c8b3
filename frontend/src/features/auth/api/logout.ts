import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import { meQuery } from './get-me';

export const logout = () => api.post<void>('/api/auth/logout');

export const useLogout = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    // The signed-in screens close; the next sign-in drops what this user had loaded.
    onSuccess: () => queryClient.setQueryData(meQuery().queryKey, null),
  });
};
