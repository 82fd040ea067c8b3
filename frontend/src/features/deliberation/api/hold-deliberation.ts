import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { Deliberation, HoldDeliberation } from '../types';

/** The multipart form's parts, as DeliberationService names them. */
export const deliberationPart = 'deliberation';
export const minutesPart = 'minutes';

export interface HoldDeliberationInput {
  deliberation: HoldDeliberation;
  minutes: File;
}

/** The deliberation as JSON in one part (typed, so that Spring reads it as JSON), the file in the other. */
export function deliberationForm({ deliberation, minutes }: HoldDeliberationInput) {
  const form = new FormData();
  form.append(
    deliberationPart,
    new Blob([JSON.stringify(deliberation)], { type: 'application/json' }),
  );
  form.append(minutesPart, minutes, minutes.name);
  return form;
}

export const holdDeliberation = (input: HoldDeliberationInput) =>
  api.postForm<Deliberation>('/api/deliberations', deliberationForm(input));

export const useHoldDeliberation = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: holdDeliberation,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.tasks.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.deliberations.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.changeRequests.all }),
      ]),
  });
};
