import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { ProcessDiagram } from '../types';

export const getDiagram = (id: number) =>
  api.get<ProcessDiagram>(`/api/audit/change-requests/${id}/diagram`);

export const diagramQuery = (id: number) =>
  queryOptions({ queryKey: queryKeys.audit.diagram(id), queryFn: () => getDiagram(id) });

export const useDiagram = (id: number) => useQuery(diagramQuery(id));
