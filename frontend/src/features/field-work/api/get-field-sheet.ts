import { exportHref } from '@/lib/export-href';

import type { WorklistFilter } from '../types';

/**
 * The field sheet as an Excel workbook, for a worklist's filter: a plain link, so that the browser
 * saves it under the server's name with the session's cookie. Without a status, the server lists
 * the checks still to visit.
 */
export const fieldSheetHref = (filter: WorklistFilter) =>
  exportHref('/api/field-checks/sheet.xlsx', filter);
