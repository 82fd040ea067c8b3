import { expect, test, type Page } from '@playwright/test';

import { signIn, switchLanguage } from './sign-in';

/**
 * From 992 px up the header holds one line, even for the demo users with the most screens and the
 * longest names: the screens that do not fit go into the menu's "…", the name is cut with an
 * ellipsis and opens a menu with the role, region and sign-out.
 */
const oneLine = 72;

const users = [
  // The head of Dinas Sosial: seven screens and the longest name.
  { username: 'kadinsos-6112', name: 'Kepala Dinas Sosial Kabupaten Kubu Raya' },
  { username: 'pusdatin', name: 'Petugas Pusdatin Kemensos' },
  { username: 'auditor-6112', name: 'Auditor Inspektorat Kabupaten Kubu Raya' },
];

async function headerHeight(page: Page) {
  const box = await page.getByRole('banner').boundingBox();
  expect(box).not.toBeNull();
  return box!.height;
}

for (const { username, name } of users) {
  test(`the header holds one line at 992, 1280 and 1366 px for ${username}`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await signIn(page, username);
    const banner = page.getByRole('banner');
    const user = banner.getByRole('button', { name });
    await expect(user).toBeVisible();

    for (const language of ['ID', 'EN'] as const) {
      if (language === 'EN') {
        await switchLanguage(page, 'EN');
      }
      for (const width of [992, 1280, 1366]) {
        await page.setViewportSize({ width, height: 768 });
        // After a resize the menu measures what fits again.
        await expect
          .poll(() => headerHeight(page), { message: `${width} px, ${language}` })
          .toBeLessThanOrEqual(oneLine);
        await expect(user).toBeInViewport({ ratio: 1 });
        await expect(banner.getByRole('radiogroup')).toBeInViewport({ ratio: 1 });
      }
    }
    await page.screenshot({ path: `target/e2e-results/header-${username}-1366.png` });
  });
}

test('at 992 px the screens that do not fit are in the menu’s "…"', async ({ page }) => {
  await page.setViewportSize({ width: 992, height: 768 });
  await signIn(page, 'kadinsos-6112');
  const navigation = page.getByRole('navigation', { name: 'Navigasi utama' });
  await expect(navigation.getByRole('link', { name: 'Rumah tangga' })).toBeVisible();
  await expect(navigation.getByRole('link', { name: 'Putaran verivali' })).toBeHidden();

  await navigation.getByRole('img', { name: 'Layar lainnya' }).hover();
  await navigation.getByRole('link', { name: 'Putaran verivali' }).click();
  await expect(page).toHaveURL(/\/rounds$/);
  await expect(page.getByRole('heading', { name: 'Putaran verivali', level: 1 })).toBeVisible();
  await expect.poll(() => headerHeight(page)).toBeLessThanOrEqual(oneLine);
});

test('the name opens the role, region, e-mail settings and sign-out, from the keyboard too', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 768 });
  await signIn(page, 'kadinsos-6112');
  const user = page
    .getByRole('banner')
    .getByRole('button', { name: 'Kepala Dinas Sosial Kabupaten Kubu Raya' });
  await expect(user).toHaveAttribute(
    'title',
    'Kepala Dinas Sosial Kabupaten Kubu Raya · Kepala Dinas Sosial · Kabupaten Kubu Raya',
  );

  await user.focus();
  await page.keyboard.press('Enter');
  const settings = page.getByRole('menuitem', { name: /Pemberitahuan e-mail/ });
  await expect(settings).toBeFocused();
  await expect(
    page.getByRole('banner').getByText('Kabupaten Kubu Raya', { exact: true }),
  ).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Keluar' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(user).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(page.locator('[role="menuitem"]:focus')).toHaveCount(1);
  // The arrow keys and Home move onto an item's link where it has one.
  await page.keyboard.press('Home');
  await expect(page.getByRole('link', { name: 'Pemberitahuan e-mail' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/settings\/notifications$/);
});
