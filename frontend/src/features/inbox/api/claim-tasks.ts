import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { ClaimResults, Stage } from '../types';

/** The tasks chosen, or every open task of the inbox that matches a filter (the first 500). */
export type ClaimTasks =
  | { taskIds: string[] }
  | { matching: { stage?: Stage; overdue?: boolean; region?: string; q?: string } };

/** Takes several tasks in one request; the answer says, task by task, which someone else had. */
export const claimTasks = (body: ClaimTasks) => api.post<ClaimResults>('/api/tasks/claim', body);

export const useClaimTasks = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: claimTasks,
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.tasks.all }),
  });
};
