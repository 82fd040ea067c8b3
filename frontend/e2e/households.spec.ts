import { expect, test } from '@playwright/test';

import { signIn } from './sign-in';

const screenshots = '../docs/screenshots';

test('a village operator finds the households of their village', async ({ page }) => {
  await signIn(page, 'op-6112042002');

  await expect(page.getByRole('heading', { name: 'Rumah tangga' })).toBeVisible();
  await expect(page.getByRole('table')).toContainText('611204');
  await page.screenshot({ path: `${screenshots}/households.png`, fullPage: true });
});

test('a village operator of another kecamatan does not see a Terentang household', async ({
  page,
  request,
}) => {
  const terentang = await request.get('/api/households?region=61.12.04.2002&size=1', {
    headers: { Authorization: `Basic ${btoa('op-6112042002:demo')}` },
  });
  expect(terentang.ok()).toBe(true);
  const { content } = (await terentang.json()) as { content: { id: number }[] };
  const household = content[0].id;

  await signIn(page, 'op-6112012001');
  const answer = page.waitForResponse((response) =>
    response.url().endsWith(`/api/households/${household}`),
  );
  await page.goto(`/households/${household}`);

  expect((await answer).status()).toBe(404);
  await expect(page.getByText('611204', { exact: false })).toHaveCount(0);
});
