import { expect, test, type Page } from '@playwright/test';

import { signIn } from './sign-in';

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
});

test('the households list fits a 360 px phone', async ({ page }) => {
  await signIn(page, 'op-6112042002');
  await expect(page.getByRole('heading', { name: 'Rumah tangga' })).toBeVisible();
  await expectNoSidewaysScrolling(page);
});
