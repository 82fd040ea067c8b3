import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { Timeline } from '../types';

export const getTimeline = (id: number) =>
  api.get<Timeline>(`/api/audit/change-requests/${id}/timeline`);

export const timelineQuery = (id: number) =>
  queryOptions({ queryKey: queryKeys.audit.timeline(id), queryFn: () => getTimeline(id) });

export const useTimeline = (id: number) => useQuery(timelineQuery(id));
