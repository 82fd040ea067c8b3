import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { FieldCheck, Visit } from '../types';

/** The multipart form's parts, as FieldCheckController names them. */
export const visitPart = 'visit';
export const photoPart = 'photo';

export interface RecordVisitInput {
  visit: Visit;
  photo?: File;
}

/** The visit as JSON in one part (typed, so that Spring reads it as JSON), the house's photo in the other. */
export function visitForm({ visit, photo }: RecordVisitInput) {
  const form = new FormData();
  form.append(visitPart, new Blob([JSON.stringify(visit)], { type: 'application/json' }));
  if (photo) {
    form.append(photoPart, photo, photo.name);
  }
  return form;
}

/** Records the visit and, unless it says to decide later, decides the field check by its finding. */
export const recordVisit = (taskId: string, input: RecordVisitInput) =>
  api.postForm<FieldCheck>(
    `/api/field-checks/${encodeURIComponent(taskId)}/visit`,
    visitForm(input),
  );

export const useRecordVisit = (taskId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RecordVisitInput) => recordVisit(taskId, input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.fieldChecks.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.tasks.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.changeRequests.all }),
      ]),
  });
};
