import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { PrintedMember } from '../types';

/** The members of the households of a printed sheet's field checks, by change id, NIKs masked. */
export const getPrintedMembers = (changeRequestIds: readonly number[]) =>
  api.get<Record<string, PrintedMember[]>>('/api/field-checks/members', {
    change: changeRequestIds.join(','),
  });

export const printedMembersQuery = (changeRequestIds: readonly number[]) =>
  queryOptions({
    queryKey: ['field-checks', 'members', [...changeRequestIds].sort((a, b) => a - b)],
    queryFn: () => getPrintedMembers(changeRequestIds),
    enabled: changeRequestIds.length > 0,
  });

export const usePrintedMembers = (changeRequestIds: readonly number[]) =>
  useQuery(printedMembersQuery(changeRequestIds));
