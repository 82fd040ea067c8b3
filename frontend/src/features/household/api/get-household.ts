import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { Household } from '../types';

export const getHousehold = (id: number) => api.get<Household>(`/api/households/${id}`);

export const householdKey = (id: number) => ['households', 'details', id] as const;

export const householdQuery = (id: number) =>
  queryOptions({ queryKey: householdKey(id), queryFn: () => getHousehold(id) });

export const useHousehold = (id: number) => useQuery(householdQuery(id));
