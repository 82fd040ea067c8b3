import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { HouseholdForChange } from '../types';

/** The household a change is proposed for: its current values and members to pick from. */
export const getHousehold = (id: number) => api.get<HouseholdForChange>(`/api/households/${id}`);

// The same endpoint and key as the household's page, so the form opens from its cache.
export const householdQuery = (id: number) =>
  queryOptions({ queryKey: ['households', id], queryFn: () => getHousehold(id) });

export const useHousehold = (id: number) => useQuery(householdQuery(id));
