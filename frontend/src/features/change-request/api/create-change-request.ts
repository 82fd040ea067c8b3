import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { ChangeRequestDetails, CreateChangeRequest } from '../types';

/**
 * Proposes a change. The key makes a retry safe: the server answers the same key and body with the
 * change the first request created instead of proposing it twice.
 */
export const createChangeRequest = (body: CreateChangeRequest, idempotencyKey: string) =>
  api.post<ChangeRequestDetails>('/api/change-requests', body, {
    'Idempotency-Key': idempotencyKey,
  });

export const useCreateChangeRequest = (idempotencyKey: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateChangeRequest) => createChangeRequest(body, idempotencyKey),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.changeRequests.all }),
  });
};
