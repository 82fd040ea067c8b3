import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { ChangeRequestDetails } from '../types';

export const withdrawChangeRequest = (id: number) =>
  api.post<ChangeRequestDetails>(`/api/change-requests/${id}/withdraw`);

export const useWithdrawChangeRequest = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawChangeRequest,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.changeRequests.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.tasks.all }),
      ]),
  });
};
