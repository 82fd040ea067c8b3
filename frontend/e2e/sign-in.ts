import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo';

/**
 * Signs in through the sign-in page, in Bahasa Indonesia, as a demo official, and waits until they have landed:
 * signing in passes through `/`, whose redirect to the households, if it came after a test's first click, would
 * undo where that click went.
 */
export async function signIn(page: Page, username: string) {
  await page.goto('/login');
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page).not.toHaveURL(/\/(login)?$/);
}

/** HTTP Basic for a demo account: how a test reads or sets up what the browser does not show. */
export function basicAuth(username: string) {
  return { Authorization: `Basic ${btoa(`${username}:${DEMO_PASSWORD}`)}` };
}

/** Switches the language in the header: `ID` or `EN`. */
export async function switchLanguage(page: Page, language: 'ID' | 'EN') {
  await page.getByRole('banner').getByText(language, { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', language.toLowerCase());
}
