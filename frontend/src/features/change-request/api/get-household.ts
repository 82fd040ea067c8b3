import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { HouseholdForChange } from '../types';

/** The household a change is proposed for: its current values and members to pick from. */
export const getHousehold = (id: number) => api.get<HouseholdForChange>(`/api/households/${id}`);

// Its own key: the household's page caches the same endpoint under another type.
export const householdForChangeKey = (id: number) => ['change-request', 'household', id] as const;

export const householdQuery = (id: number) =>
  queryOptions({ queryKey: householdForChangeKey(id), queryFn: () => getHousehold(id) });

export const useHousehold = (id: number) => useQuery(householdQuery(id));
