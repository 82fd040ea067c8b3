import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Page } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { HouseholdRead } from '../types';

export type ReadsFilter = {
  household?: number;
  user?: string;
  /** ISO dates, inclusive. */
  from?: string;
  to?: string;
  /** From 0. */
  page: number;
  size: number;
};

export const getReads = (filter: ReadsFilter) =>
  api.get<Page<HouseholdRead>>('/api/audit/reads', filter);

export const readsQuery = (filter: ReadsFilter) =>
  queryOptions({
    queryKey: queryKeys.audit.reads(filter),
    queryFn: () => getReads(filter),
    placeholderData: keepPreviousData,
  });

export const useReads = (filter: ReadsFilter) => useQuery(readsQuery(filter));
