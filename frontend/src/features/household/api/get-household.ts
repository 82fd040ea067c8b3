import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { Household } from '../types';

export const getHousehold = (id: number) => api.get<Household>(`/api/households/${id}`);

export const householdKey = queryKeys.households.details;

export const householdQuery = (id: number) =>
  queryOptions({ queryKey: householdKey(id), queryFn: () => getHousehold(id) });

export const useHousehold = (id: number) => useQuery(householdQuery(id));
