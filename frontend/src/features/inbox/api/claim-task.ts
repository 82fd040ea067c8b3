import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { Task } from '../types';

export type ClaimAction = 'claim' | 'unclaim';

/** Takes a task so that nobody else decides it, or gives it back to the inbox. */
export const claimTask = (id: string, action: ClaimAction) =>
  api.post<Task>(`/api/tasks/${encodeURIComponent(id)}/${action}`);

export const useClaimTask = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: ClaimAction }) => claimTask(id, action),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.tasks.all }),
  });
};
