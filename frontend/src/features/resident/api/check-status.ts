import { useMutation } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { StatusAnswer, StatusQuery } from '../types';

/**
 * Asks the registry about a resident, without an account (`POST /api/public/status`): 200 with the answer, 400 naming
 * the fields, 429 with `Retry-After` once this device or this NIK has asked too often.
 */
export const checkStatus = (query: StatusQuery) =>
  api.post<StatusAnswer>('/api/public/status', query);

/** A mutation rather than a query: the answer is nobody's to keep in the cache, on a phone that may be shared. */
export const useCheckStatus = () => useMutation({ mutationFn: checkStatus });
