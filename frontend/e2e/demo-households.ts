import type { APIRequestContext } from '@playwright/test';

import { basicAuth } from './sign-in';

/**
 * The active households of a village (the first hundred on its list) that no change was ever proposed for, in the
 * list's order, as `asUser` reads them over the API: a test that changes one takes a household no other test has.
 */
export async function householdsWithoutChanges(
  request: APIRequestContext,
  village: string,
  asUser: string,
) {
  const headers = basicAuth(asUser);
  const listed = await request.get(`/api/households?region=${village}&size=100`, { headers });
  const { content } = (await listed.json()) as { content: { id: number; status: string }[] };
  const free: number[] = [];
  for (const candidate of content.filter((household) => household.status === 'ACTIVE')) {
    const changes = await request.get(`/api/change-requests?household=${candidate.id}`, {
      headers,
    });
    if (((await changes.json()) as { totalElements: number }).totalElements === 0) {
      free.push(candidate.id);
    }
  }
  return free;
}
