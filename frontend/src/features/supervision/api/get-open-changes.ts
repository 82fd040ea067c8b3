import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Page } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { OpenChange } from '../types';

export const openChangesPageSize = 20;

/** A village's changes under way, newest first, a page at a time (from 0). */
export const openChangesQuery = (village: string, page: number) =>
  queryOptions({
    queryKey: queryKeys.changeRequests.page({ region: village, status: 'IN_PROGRESS', page }),
    queryFn: () =>
      api.get<Page<OpenChange>>('/api/change-requests', {
        region: village,
        status: 'IN_PROGRESS',
        page,
        size: openChangesPageSize,
      }),
    placeholderData: keepPreviousData,
  });

export const useOpenChanges = (village: string, page: number) =>
  useQuery(openChangesQuery(village, page));
