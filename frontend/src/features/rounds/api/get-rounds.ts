import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Page } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import { isLive, liveRefreshMs } from '../round-rules';
import type { Round } from '../types';

export type RoundFilter = {
  /** From 0. */
  page: number;
  size: number;
};

/** The rounds of my district (or of the districts under my region), newest first. */
export const getRounds = (filter: RoundFilter) => api.get<Page<Round>>('/api/rounds', filter);

export const roundsQuery = (filter: RoundFilter) =>
  queryOptions({
    queryKey: queryKeys.rounds.page(filter),
    queryFn: () => getRounds(filter),
    placeholderData: keepPreviousData,
    // The bars move while a round on the page is starting its changes.
    refetchInterval: (query) => (query.state.data?.content.some(isLive) ? liveRefreshMs : false),
  });

export const useRounds = (filter: RoundFilter) => useQuery(roundsQuery(filter));
