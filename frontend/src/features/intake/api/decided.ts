import { useQueryClient } from '@tanstack/react-query';

import { queryKeys } from '@/lib/query-keys';

import type { IntakeDetails } from '../types';

/**
 * What a decision on a submission makes stale: the submission itself (shown at once as the server answered), the
 * lists of submissions, the inbox (its tasks and their count) and, as an acceptance starts a change of a household,
 * the changes and households.
 *
 * `then` is told at once. It is the mutation's own callback, not one passed to `mutate`: the form that sent the
 * decision is gone as soon as the submission shows it decided, and callbacks given to `mutate` are dropped with it.
 */
export function useOnDecided(code: string, then?: (details: IntakeDetails) => void) {
  const queryClient = useQueryClient();
  return (details: IntakeDetails) => {
    queryClient.setQueryData(queryKeys.intake.details(code), details);
    then?.(details);
    return Promise.all(
      [
        queryKeys.intake.all,
        queryKeys.tasks.all,
        queryKeys.changeRequests.all,
        queryKeys.households.all,
      ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
  };
}
