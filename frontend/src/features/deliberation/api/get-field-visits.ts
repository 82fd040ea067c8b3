import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { FieldVisit } from '../types';

/** The field visits of a deliberation's changes, by change id, in one request. */
export const getFieldVisits = (changeRequestIds: readonly number[]) =>
  api.get<Record<string, FieldVisit[]>>('/api/field-checks/visits', {
    change: changeRequestIds.join(','),
  });

export const fieldVisitsQuery = (changeRequestIds: readonly number[]) =>
  queryOptions({
    queryKey: ['deliberations', 'field-visits', [...changeRequestIds].sort((a, b) => a - b)],
    queryFn: () => getFieldVisits(changeRequestIds),
    enabled: changeRequestIds.length > 0,
    staleTime: 60_000,
  });

/** The latest visit of each change, by change id; none while loading or where nobody has been. */
export function useLatestFieldVisits(changeRequestIds: readonly number[]) {
  const visits = useQuery(fieldVisitsQuery(changeRequestIds));
  const latest = new Map<number, FieldVisit>();
  for (const [id, list] of Object.entries(visits.data ?? {})) {
    const last = list.at(-1);
    if (last) {
      latest.set(Number(id), last);
    }
  }
  return latest;
}
