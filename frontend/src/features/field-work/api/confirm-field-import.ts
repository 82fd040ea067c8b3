import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { FieldImport } from '../types';

/** Decides every row of the preview at once; confirming again decides nothing more. */
export const confirmFieldImport = (id: number) =>
  api.post<FieldImport>(`/api/field-checks/imports/${id}/confirm`);

export const useConfirmFieldImport = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmFieldImport,
    onSuccess: (confirmed) => {
      // What the import page follows from now on, read again while the engine applies it.
      queryClient.setQueryData(queryKeys.fieldChecks.import(confirmed.id), confirmed);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.fieldChecks.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.tasks.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.changeRequests.all }),
      ]);
    },
  });
};
