import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { OpenRound, Round } from '../types';

/** Opens a round: 201 with the round; 400 naming the fields, 409 while another round holds a kecamatan. */
export const openRound = (body: OpenRound) => api.post<Round>('/api/rounds', body);

export const useOpenRound = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: openRound,
    onSuccess: (round) => {
      queryClient.setQueryData(queryKeys.rounds.details(round.id), round);
      return queryClient.invalidateQueries({ queryKey: queryKeys.rounds.all });
    },
  });
};
