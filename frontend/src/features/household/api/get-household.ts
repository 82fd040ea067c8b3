import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { Household } from '../types';

export const getHousehold = (id: number) => api.get<Household>(`/api/households/${id}`);

export const householdQuery = (id: number) =>
  queryOptions({ queryKey: ['households', id], queryFn: () => getHousehold(id) });

export const useHousehold = (id: number) => useQuery(householdQuery(id));
