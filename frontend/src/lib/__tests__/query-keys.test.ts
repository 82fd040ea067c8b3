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
      queryKeys.rounds.report(7),
      queryKeys.fieldChecks.page({ page: 7 }),
      queryKeys.fieldChecks.one('7'),
      queryKeys.fieldChecks.progress({ region: '61.12' }),
      queryKeys.fieldChecks.import(7),
      queryKeys.supervision.round(7),
      queryKeys.supervision.progress('61.12'),
      queryKeys.supervision.deadlines('61.12'),
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

  it("makes a round's report stale with the round, when it is paused or resumed", async () => {
    const client = new QueryClient();
    client.setQueryData(queryKeys.rounds.details(7), 'round');
    client.setQueryData(queryKeys.rounds.report(7), 'report');
    client.setQueryData(queryKeys.supervision.round(7), 'stages');

    await client.invalidateQueries({ queryKey: queryKeys.rounds.all });

    const stale = client
      .getQueryCache()
      .getAll()
      .filter((query) => query.isStale())
      .map((query) => query.queryKey.slice(0, 2).join(' '));
    expect(stale.sort()).toEqual(['rounds details', 'rounds report']);
  });
});
