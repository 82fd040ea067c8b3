import { expect, test, type Page } from '@playwright/test';

import { basicAuth, signIn } from './sign-in';

/** The count the list's pagination shows ("1.234 rumah tangga"), as a number. */
async function shownTotal(page: Page) {
  const text = await page.locator('.ant-pagination-total-text').first().innerText();
  return Number(text.replace(/\D/g, ''));
}

test('a district narrows its households to a kecamatan, then a village, and downloads them', async ({
  page,
  request,
}) => {
  const headers = basicAuth('dinsos-6112');
  const countIn = async (region: string) =>
    (
      (await (
        await request.get(`/api/households?size=1&region=${region}`, { headers })
      ).json()) as {
        totalElements: number;
      }
    ).totalElements;
  const district = await countIn('61.12');
  const terentang = await countIn('61.12.04');
  const telukEmpening = await countIn('61.12.04.2002');
  expect(terentang).toBeLessThan(district);
  expect(telukEmpening).toBeLessThan(terentang);

  await signIn(page, 'dinsos-6112');
  await page.goto('/households');
  await expect.poll(() => shownTotal(page)).toBe(district);
  await expect(page.getByRole('columnheader', { name: 'Kecamatan' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Kecamatan' }).click();
  await page.getByTitle('Terentang', { exact: true }).click();
  await expect(page).toHaveURL(/region=61\.12\.04(&|$)/);
  await expect.poll(() => shownTotal(page)).toBe(terentang);

  await page.getByRole('combobox', { name: 'Desa/kelurahan' }).click();
  await page.getByTitle('Teluk Empening', { exact: true }).click();
  await expect(page).toHaveURL(/region=61\.12\.04\.2002/);
  await expect.poll(() => shownTotal(page)).toBe(telukEmpening);
  await expect(page.getByRole('table').locator('tbody')).not.toContainText('Sungai Raya');

  await page.reload();
  await expect.poll(() => shownTotal(page)).toBe(telukEmpening);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: /Unduh Excel/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(
    /^rumah-tangga-61\.12\.04\.2002-\d{4}-\d{2}-\d{2}\.xlsx$/,
  );
  const path = await file.path();
  expect(path).toBeTruthy();
});

test('the inbox finds a change by its number', async ({ page, request }) => {
  // The demo's re-verifications wait at the field check of the busy kecamatan's villages once their checks ran.
  const operator = 'op-6112042002';
  const headers = basicAuth(operator);
  type Inbox = { totalElements: number; content: { changeRequestNumber: string }[] };
  const inbox = async () =>
    (await (await request.get('/api/tasks?size=2', { headers })).json()) as Inbox;
  await expect
    .poll(async () => (await inbox()).totalElements, { timeout: 60_000 })
    .toBeGreaterThan(1);
  const [first, second] = (await inbox()).content;

  await signIn(page, operator);
  await page.goto('/inbox');
  await expect(page.getByRole('button', { name: first.changeRequestNumber }).first()).toBeVisible();
  await page.getByRole('searchbox').fill(second.changeRequestNumber);
  await page.getByRole('searchbox').press('Enter');

  await expect(page).toHaveURL(new RegExp(`q=${second.changeRequestNumber}`));
  await expect(
    page.getByRole('button', { name: second.changeRequestNumber }).first(),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: first.changeRequestNumber })).toHaveCount(0);
  await expect(page.getByText('1 tugas', { exact: true })).toBeVisible();
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the households are cards, with their pickers, and nothing scrolls sideways', async ({
    page,
  }) => {
    await signIn(page, 'dinsos-6112');
    await page.goto('/households?region=61.12.04');
    await expect(page.locator('.ant-card').first()).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: 'Desa/kelurahan' })).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
  });
});
