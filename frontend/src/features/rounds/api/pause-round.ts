import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { Round } from '../types';

/** Stops starting changes until resumed; 403 for anyone but its opener, 409 unless it is starting. */
export const pauseRound = (id: number) => api.post<Round>(`/api/rounds/${id}/pause`);

export const usePauseRound = (id: number) => {
  const queryClient = useQueryClient();
  const key = queryKeys.rounds.details(id);
  return useMutation({
    mutationFn: () => pauseRound(id),
    // A read under way must not put back the state from before.
    onMutate: () => queryClient.cancelQueries({ queryKey: key }),
    onSuccess: (round) => queryClient.setQueryData(key, round),
    // Refused or not, the round as it now stands, on its page and in the list.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.rounds.all }),
  });
};
