import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { Summary, SummaryFilter } from '../types';

export const getSummary = (filter: SummaryFilter) =>
  api.get<Summary>('/api/reports/summary', { ...filter });

export const summaryQuery = (filter: SummaryFilter) =>
  queryOptions({
    queryKey: queryKeys.reports.summary(filter),
    queryFn: () => getSummary(filter),
    placeholderData: keepPreviousData,
  });

export const useSummary = (filter: SummaryFilter) => useQuery(summaryQuery(filter));
