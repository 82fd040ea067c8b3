import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { MatchReport } from '../types';

/** 404 for a round the reader may not read. */
export const getRoundReport = (roundId: number) =>
  api.get<MatchReport>(`/api/rounds/${roundId}/report`);

/**
 * Read again every `refreshMs` while the round is starting its changes (the report says so itself),
 * as the round's own bar is; paused or all started, it stays.
 */
export const roundReportQuery = (roundId: number, refreshMs: number) =>
  queryOptions({
    queryKey: queryKeys.rounds.report(roundId),
    queryFn: () => getRoundReport(roundId),
    refetchInterval: (query) => (query.state.data?.status === 'STARTING' ? refreshMs : false),
  });

export const useRoundReport = (roundId: number, refreshMs: number) =>
  useQuery(roundReportQuery(roundId, refreshMs));
