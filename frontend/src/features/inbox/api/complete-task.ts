import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { CompleteTask, Task } from '../types';

export const completeTask = (id: string, body: CompleteTask) =>
  api.post<Task>(`/api/tasks/${encodeURIComponent(id)}/complete`, body);

export const useCompleteTask = (id: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CompleteTask) => completeTask(id, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['tasks'] }),
        queryClient.invalidateQueries({ queryKey: ['change-requests'] }),
      ]),
  });
};
