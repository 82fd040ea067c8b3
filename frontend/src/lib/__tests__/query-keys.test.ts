import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';

import { queryKeys } from '../query-keys';

describe('queryKeys', () => {
  it('never caches two shapes under one key', () => {
    const keys = [
      queryKeys.tasks.page({ stage: 'FIELD_CHECK' }),
      queryKeys.tasks.pending('FIELD_CHECK'),
      queryKeys.households.details(7),
      queryKeys.households.forChange(7),
      queryKeys.changeRequests.details(7),
      queryKeys.changeRequests.page({ page: 7 }),
      queryKeys.rounds.details(7),
      queryKeys.rounds.page({ page: 7 }),
      queryKeys.regions.details('61.12'),
      queryKeys.regions.children('61.12'),
    ].map((key) => JSON.stringify(key));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("makes a resource's pages and records stale through its root, and only those", async () => {
    const client = new QueryClient();
    client.setQueryData(queryKeys.tasks.page({ page: 0, size: 50 }), 'page');
    client.setQueryData(queryKeys.tasks.pending('VILLAGE_DELIBERATION'), 'pending');
    client.setQueryData(queryKeys.deliberations.details(1), 'deliberation');

    await client.invalidateQueries({ queryKey: queryKeys.tasks.all });

    const stale = client
      .getQueryCache()
      .getAll()
      .filter((query) => query.isStale())
      .map((query) => query.queryKey[0]);
    expect(stale.sort()).toEqual(['tasks', 'tasks']);
  });
});
