import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { HouseholdForChange } from '../types';

/** The household a change is proposed for: its current values and members to pick from. */
export const getHousehold = (id: number) => api.get<HouseholdForChange>(`/api/households/${id}`);

// Its own key: the household's page caches the same endpoint under another type.
export const householdForChangeKey = queryKeys.households.forChange;

export const householdQuery = (id: number) =>
  queryOptions({ queryKey: householdForChangeKey(id), queryFn: () => getHousehold(id) });

export const useHousehold = (id: number) => useQuery(householdQuery(id));
