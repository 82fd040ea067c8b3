import { expect, test } from '@playwright/test';

import { basicAuth, signIn } from './sign-in';

/**
 * New work announces itself: a village operator's open inbox shows a change proposed elsewhere (here over the API,
 * as another official's browser would) once its automatic checks are done, without a reload, with the count in the
 * menu and in the tab's title. Rasau Jaya Satu, where no other suite works.
 */
const village = '61.12.07.2001';
const operator = 'op-6112072001';

test('a new field check reaches the open inbox and its count without a reload', async ({
  page,
  request,
}) => {
  const headers = basicAuth(operator);
  const listed = await request.get(`/api/households?region=${village}&size=100`, { headers });
  const { content } = (await listed.json()) as { content: { id: number; status: string }[] };
  let householdId: number | undefined;
  for (const candidate of content.filter((h) => h.status === 'ACTIVE')) {
    const changes = await request.get(`/api/change-requests?household=${candidate.id}`, {
      headers,
    });
    if (((await changes.json()) as { totalElements: number }).totalElements === 0) {
      householdId = candidate.id;
      break;
    }
  }
  expect(householdId, `a household of ${village} without changes`).toBeDefined();

  await signIn(page, operator);
  await page.goto('/inbox');
  await expect(page.getByRole('heading', { name: 'Kotak masuk' })).toBeVisible();
  const before = (
    (await (await request.get('/api/tasks?size=1', { headers })).json()) as {
      totalElements: number;
    }
  ).totalElements;

  const proposed = await request.post('/api/change-requests', {
    headers: { ...headers, 'Idempotency-Key': `live-inbox-${Date.now()}` },
    data: { type: 'REVERIFY', householdId, reason: 'Verifikasi berkala' },
  });
  expect(proposed.status()).toBe(201);
  const { number } = (await proposed.json()) as { number: string };

  // The checks run in the background; the open inbox asks again every 15 seconds.
  await expect(page.getByRole('button', { name: new RegExp(`${number}$`) }).first()).toBeVisible({
    timeout: 60_000,
  });
  await expect(page).toHaveTitle(new RegExp(`^\\(${before + 1}\\) `), { timeout: 20_000 });
  await expect(
    page.getByRole('link', { name: new RegExp(`^Kotak masuk ?, ${before + 1} tugas menunggu$`) }),
  ).toBeVisible();
});
