import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Page } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { DeliberationSummary } from '../types';

export type DeliberationFilter = {
  /** Within my region; none: all of my region. */
  region?: string;
  /** From 0. */
  page: number;
  size: number;
};

export const getDeliberations = (filter: DeliberationFilter) =>
  api.get<Page<DeliberationSummary>>('/api/deliberations', filter);

export const deliberationsQuery = (filter: DeliberationFilter) =>
  queryOptions({
    queryKey: queryKeys.deliberations.page(filter),
    queryFn: () => getDeliberations(filter),
    placeholderData: keepPreviousData,
  });

export const useDeliberations = (filter: DeliberationFilter) =>
  useQuery(deliberationsQuery(filter));
