import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import { isLive, liveRefreshMs } from '../round-rules';
import type { Round } from '../types';

export const getRound = (id: number) => api.get<Round>(`/api/rounds/${id}`);

export const roundQuery = (id: number) =>
  queryOptions({
    queryKey: queryKeys.rounds.details(id),
    queryFn: () => getRound(id),
    // Read again every few seconds while the round starts its changes; paused or all started, it stays.
    refetchInterval: (query) =>
      query.state.data && isLive(query.state.data) ? liveRefreshMs : false,
  });

export const useRound = (id: number) => useQuery(roundQuery(id));
