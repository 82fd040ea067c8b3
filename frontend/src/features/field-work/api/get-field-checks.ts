import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Page } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { FieldCheck, WorklistFilter } from '../types';

export type FieldCheckPage = WorklistFilter & {
  /** From 0. */
  page: number;
  size: number;
};

/** In walking order, as the server sorts them: village, RW, RT, address. */
export const getFieldChecks = (query: FieldCheckPage) =>
  api.get<Page<FieldCheck>>('/api/field-checks', query);

export const fieldChecksQuery = (query: FieldCheckPage) =>
  queryOptions({
    queryKey: queryKeys.fieldChecks.page(query),
    queryFn: () => getFieldChecks(query),
    placeholderData: keepPreviousData,
  });

export const useFieldChecks = (query: FieldCheckPage) => useQuery(fieldChecksQuery(query));
