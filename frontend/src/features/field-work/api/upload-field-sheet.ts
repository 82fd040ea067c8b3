import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, isApiError } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { FieldImport, SheetProblem } from '../types';

/** The multipart form's part, as FieldImports names it. */
export const filePart = 'file';

/**
 * Sends a filled field sheet (the workbook, or CSV) to preview what confirming it would decide; a
 * sheet with bad cells is refused (400) with every one of them, and nothing is stored.
 */
export function uploadFieldSheet(file: File) {
  const form = new FormData();
  form.append(filePart, file, file.name);
  return api.postForm<FieldImport>('/api/field-checks/imports', form);
}

export const useUploadFieldSheet = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadFieldSheet,
    onSuccess: (preview) =>
      queryClient.setQueryData(queryKeys.fieldChecks.import(preview.id), preview),
  });
};

function isSheetProblem(value: unknown): value is SheetProblem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as SheetProblem).message === 'string'
  );
}

/**
 * The bad cells of a refused sheet, by sheet, line and column as the server sorts them; none for
 * any other failure. The client keeps a problem's entries whole, the cell's place with them.
 */
export function sheetProblemsOf(error: unknown): SheetProblem[] {
  return isApiError(error, 400) ? error.fieldErrors.filter(isSheetProblem) : [];
}
