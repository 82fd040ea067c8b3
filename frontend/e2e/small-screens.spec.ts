import { expect, test, type Page } from '@playwright/test';

import { awaitingVillageDeliberation } from './deliberations';
import { basicAuth, signIn } from './sign-in';

const screenshots = '../docs/screenshots';

/** Officials in the field use phones: the narrowest common one is 360 CSS pixels wide. */
test.use({ viewport: { width: 360, height: 740 } });

async function expectNoSidewaysScrolling(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
}

test('the inbox fits a 360 px phone and works from the keyboard', async ({ page }) => {
  await signIn(page, 'op-6112042002');
  await page.goto('/inbox');
  const decide = page.getByRole('button', { name: /^Putuskan / }).first();
  await expect(decide).toBeVisible();
  await expectNoSidewaysScrolling(page);
  await page.screenshot({ path: `${screenshots}/inbox-phone.png`, fullPage: true });

  await decide.focus();
  await page.keyboard.press('Enter');
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByRole('button', { name: 'Simpan keputusan' })).toBeVisible();
  await drawer.getByRole('radio', { name: 'Setujui' }).focus();
  await expect(drawer.getByRole('radio', { name: 'Setujui' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  // Closed without a decision, the keyboard is back on the button that opened the task.
  await expect(decide).toBeFocused();
});

test('the households list fits a 360 px phone', async ({ page }) => {
  await signIn(page, 'op-6112042002');
  await expect(page.getByRole('heading', { name: 'Rumah tangga' })).toBeVisible();
  await expectNoSidewaysScrolling(page);
});

test("a household's members and change history fit a 360 px phone", async ({ page, request }) => {
  const headers = basicAuth('op-6112042002');
  const tasks = await request.get('/api/tasks?size=1', { headers });
  const task = ((await tasks.json()) as { content: { changeRequestId: number }[] }).content[0];
  const change = await request.get(`/api/change-requests/${task.changeRequestId}`, { headers });
  const { householdId } = (await change.json()) as { householdId: number };

  await signIn(page, 'op-6112042002');
  await page.goto(`/households/${householdId}`);
  await expect(page.getByRole('heading', { name: /KK/ })).toBeVisible();
  // The change's "Tarik", in the last column of a table, was off to the right: now on its card.
  const withdraw = page.getByRole('button', { name: /^Tarik usulan / }).first();
  await withdraw.scrollIntoViewIfNeeded();
  await expect(withdraw).toBeInViewport({ ratio: 1 });
  await expectNoSidewaysScrolling(page);
});

test("the deliberation wizard's pick step fits a 360 px phone: a card per change", async ({
  page,
  request,
}) => {
  // Terentang Hulu: a village whose demo changes no other spec takes.
  const change = await awaitingVillageDeliberation(request, '61.12.04.2004');

  await signIn(page, 'kades-6112042004');
  await page.goto('/deliberations/new');
  const pick = page.getByRole('checkbox', { name: `Pilih usulan ${change.changeRequestNumber}` });
  await expect(pick).toBeVisible();
  // Cards, not the table that scrolled sideways with no hint.
  await expect(page.getByRole('table')).toHaveCount(0);
  await expectNoSidewaysScrolling(page);
  await page.screenshot({ path: 'target/e2e-results/deliberation-pick-phone.png', fullPage: true });

  // The change's number is its checkbox's label: a tap on it picks the change.
  await page.getByText(change.changeRequestNumber, { exact: true }).click();
  await expect(pick).toBeChecked();
  await expect(page.getByRole('status')).toContainText(/^1 dari \d+ usulan dipilih$/);
  await page.getByRole('button', { name: 'Kosongkan pilihan' }).click();
  await expect(pick).not.toBeChecked();
  await page.getByRole('button', { name: 'Pilih semua' }).click();
  await expect(pick).toBeChecked();

  await page.getByRole('button', { name: 'Berikutnya' }).click();
  await expect(page.getByRole('heading', { name: 'Berita acara', level: 2 })).toBeVisible();
  await expectNoSidewaysScrolling(page);
});
