import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { RoundProgress } from '../types';

/** 404 for a round outside the reader's district. */
export const getRoundProgress = (roundId: number) =>
  api.get<RoundProgress>(`/api/supervision/rounds/${roundId}`);

/**
 * Read again every `refreshMs` while the round is starting its changes (as the round's own bar
 * is); paused or all started, its changes move only as officials decide, and it stays.
 */
export const roundProgressQuery = (roundId: number, refreshMs: number) =>
  queryOptions({
    queryKey: queryKeys.supervision.round(roundId),
    queryFn: () => getRoundProgress(roundId),
    refetchInterval: (query) => (query.state.data?.status === 'STARTING' ? refreshMs : false),
  });

export const useRoundProgress = (roundId: number, refreshMs: number) =>
  useQuery(roundProgressQuery(roundId, refreshMs));
