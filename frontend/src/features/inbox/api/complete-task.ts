import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { CompleteTask, Task } from '../types';

export const completeTask = (id: string, body: CompleteTask) =>
  api.post<Task>(`/api/tasks/${encodeURIComponent(id)}/complete`, body);

export const useCompleteTask = (id: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CompleteTask) => completeTask(id, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.tasks.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.changeRequests.all }),
      ]),
  });
};
