import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { ChainCheck } from '../types';

export const getChainCheck = () => api.get<ChainCheck>('/api/audit/verify');

export const chainCheckQuery = () =>
  queryOptions({ queryKey: queryKeys.audit.chain, queryFn: getChainCheck, staleTime: 0 });

export const useChainCheck = () => useQuery(chainCheckQuery());
