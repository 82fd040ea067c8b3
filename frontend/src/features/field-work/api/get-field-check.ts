import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Page } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import { limits } from '../field-work-rules';
import type { FieldCheck } from '../types';

/**
 * One field check of my village, or null when the worklist has it no longer (cancelled with its
 * change). There is no endpoint for one: a visit's page opened without its worklist row (a reload)
 * looks for it on the worklist, a page of the largest size at a time.
 */
export async function getFieldCheck(taskId: string): Promise<FieldCheck | null> {
  for (let page = 0; ; page++) {
    const found = await api.get<Page<FieldCheck>>('/api/field-checks', {
      page,
      size: limits.printRows,
    });
    const check = found.content.find((candidate) => candidate.taskId === taskId);
    if (check) {
      return check;
    }
    if (page + 1 >= found.totalPages || found.content.length === 0) {
      return null;
    }
  }
}

export const fieldCheckQuery = (taskId: string) =>
  queryOptions({
    queryKey: queryKeys.fieldChecks.one(taskId),
    queryFn: () => getFieldCheck(taskId),
  });

/** Asked only when the page did not come with the row. */
export const useFieldCheck = (taskId: string, enabled: boolean) =>
  useQuery({ ...fieldCheckQuery(taskId), enabled });
