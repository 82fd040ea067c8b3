import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { FieldImport } from '../types';

export const getFieldImport = (id: number) =>
  api.get<FieldImport>(`/api/field-checks/imports/${id}`);

/** How often a confirmed import is read again while the engine applies its decisions. */
export const applyingRefreshMs = 1000;

/**
 * Read again every second once confirmed, while the engine is still applying its decisions (a few
 * seconds for hundreds of rows); a preview, or an import fully applied, never changes.
 */
export const fieldImportQuery = (id: number) =>
  queryOptions({
    queryKey: queryKeys.fieldChecks.import(id),
    queryFn: () => getFieldImport(id),
    refetchInterval: (query) =>
      query.state.data?.status === 'CONFIRMED' && query.state.data.applying > 0
        ? applyingRefreshMs
        : false,
  });

/** Nothing is asked until there is an import to follow. */
export const useFieldImport = (id: number | undefined) =>
  useQuery({ ...fieldImportQuery(id ?? 0), enabled: id !== undefined });
