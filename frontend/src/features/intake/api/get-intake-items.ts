import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Page } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { IntakeItem } from '../types';

export type IntakeFilter = {
  /**
   * True: those waiting on the caller (a village operator's undecided ones, a Camat's open follow-ups); false: all
   * in the caller's region, newest first.
   */
  open: boolean;
  /** From 0. */
  page: number;
  size: number;
};

/** How many submissions a page of the inbox's section holds. */
export const intakePageSize = 20;

export const getIntakeItems = (filter: IntakeFilter) =>
  api.get<Page<IntakeItem>>('/api/intake', filter);

/** As often as the inbox's tasks: a resident's submission shows up without a reload. */
export const intakeRefreshMs = 15_000;

export const intakeItemsQuery = (filter: IntakeFilter) =>
  queryOptions({
    queryKey: queryKeys.intake.page(filter),
    queryFn: () => getIntakeItems(filter),
    placeholderData: keepPreviousData,
    refetchInterval: intakeRefreshMs,
  });

/** Asked only for the officials who receive submissions. */
export const useIntakeItems = (filter: IntakeFilter, enabled: boolean) =>
  useQuery({ ...intakeItemsQuery(filter), enabled });
