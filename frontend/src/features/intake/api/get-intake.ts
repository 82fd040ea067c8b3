import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { IntakeDetails } from '../types';

/** The API's address of one submission, by its tracking code (`USL-7K3M-9QX2`). */
export const intakeApiPath = (code: string) => `/api/intake/${encodeURIComponent(code)}`;

/** A photo or scan sent with the submission, served inline. */
export const intakeDocumentUrl = (code: string, documentId: number) =>
  `${intakeApiPath(code)}/documents/${documentId}`;

export const getIntake = (code: string) => api.get<IntakeDetails>(intakeApiPath(code));

export const intakeQuery = (code: string) =>
  queryOptions({ queryKey: queryKeys.intake.details(code), queryFn: () => getIntake(code) });

export const useIntake = (code: string) => useQuery(intakeQuery(code));
