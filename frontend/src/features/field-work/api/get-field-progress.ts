import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { VillageProgress } from '../types';

export type FieldProgressFilter = {
  /** Within my region; mine when absent. */
  region?: string;
  round?: number;
};

/** Each village with field checks under the region, those behind first. */
export const getFieldProgress = (filter: FieldProgressFilter) =>
  api.get<VillageProgress[]>('/api/field-checks/progress', filter);

export const fieldProgressQuery = (filter: FieldProgressFilter) =>
  queryOptions({
    queryKey: queryKeys.fieldChecks.progress(filter),
    queryFn: () => getFieldProgress(filter),
  });

export const useFieldProgress = (filter: FieldProgressFilter) =>
  useQuery(fieldProgressQuery(filter));
