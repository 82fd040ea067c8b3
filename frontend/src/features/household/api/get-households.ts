import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Page } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { HouseholdListFilter, HouseholdSummary } from '../types';

export type HouseholdFilter = HouseholdListFilter & {
  /** From 0. */
  page: number;
  size: number;
};

export const getHouseholds = (filter: HouseholdFilter) =>
  api.get<Page<HouseholdSummary>>('/api/households', filter);

export const householdsKey = (filter: HouseholdFilter) => queryKeys.households.page(filter);

export const householdsQuery = (filter: HouseholdFilter) =>
  queryOptions({
    queryKey: householdsKey(filter),
    queryFn: () => getHouseholds(filter),
    placeholderData: keepPreviousData,
  });

export const useHouseholds = (filter: HouseholdFilter) => useQuery(householdsQuery(filter));
