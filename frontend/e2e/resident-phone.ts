import { expect, type Page } from '@playwright/test';

/** Residents use their own phones: the narrowest common one is 360 CSS pixels wide. */
export const phone = { width: 360, height: 740 };

/**
 * Opens a residents' page as a resident does: no account and no cookies, in Bahasa Indonesia, or switched to English
 * with the page's own language choice.
 */
export async function openAsResident(page: Page, path: string, language: 'id' | 'en') {
  await page.context().clearCookies();
  await page.goto(path);
  // Nobody is signed in: the page is public.
  expect((await page.request.get('/api/me')).status()).toBe(401);
  if (language === 'en') {
    await page
      .getByRole('radiogroup', { name: 'Bahasa' })
      .getByRole('radio', { name: 'EN' })
      .click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }
}

export async function expectNoSidewaysScrolling(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(phone.width);
}

/** Every control a thumb's target: at least 44 px high (a radio button by the whole row of its label). */
export async function expectThumbSized(page: Page) {
  const controls = page
    .locator('main')
    .locator('button, select, input:not([type="radio"]), textarea, a, label.resident-choice');
  expect(await controls.count()).toBeGreaterThan(0);
  for (const control of await controls.all()) {
    const box = await control.boundingBox();
    expect(
      box?.height,
      await control.evaluate((element) => element.outerHTML),
    ).toBeGreaterThanOrEqual(44);
  }
}
