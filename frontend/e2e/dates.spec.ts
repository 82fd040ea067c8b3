import { expect, test } from '@playwright/test';

import { expectAccessible } from './axe';
import { dayFirst, daysFromToday, isoDate } from './dates';
import { basicAuth, signIn } from './sign-in';

/**
 * The date fields, typed day first as they show dates: the auditor's reads log asks the API in the
 * API's own dates, and a birth date after today is refused in words before anything is sent. The
 * deliberation's date, a letter's date, a round's target and the report's period are typed where
 * the walks use them (removal-walk.spec.ts, rounds.spec.ts). Nothing here changes the registry.
 */

test('the auditor filters the reads log by days typed day first', async ({ page }) => {
  await signIn(page, 'auditor-6112');
  await page.goto('/audit');
  const from = page.getByLabel('Dari tanggal', { exact: true });
  await expect(from).toHaveAttribute('placeholder', 'HH-BB-TTTT');

  await from.fill(dayFirst(daysFromToday(-7)));
  await from.press('Tab');
  // Straight from typing to the button, without Enter: the date typed still goes with the filter.
  await page.getByLabel('Sampai tanggal', { exact: true }).fill(dayFirst(daysFromToday(0)));
  const asked = page.waitForRequest(
    (sent) => sent.url().includes('/api/audit/reads') && sent.url().includes('from='),
  );
  await page.getByRole('button', { name: 'Terapkan' }).click();

  const search = new URL((await asked).url()).searchParams;
  expect(search.get('from')).toBe(isoDate(daysFromToday(-7)));
  expect(search.get('to')).toBe(isoDate(daysFromToday(0)));
  await expect(page.getByLabel('Dari tanggal', { exact: true })).toHaveValue(
    dayFirst(daysFromToday(-7)),
  );
});

test('a birth date after today is refused in words before anything is sent', async ({
  page,
  request,
}) => {
  const listed = await request.get('/api/households?region=61.12.04.2002&size=1', {
    headers: basicAuth('op-6112042002'),
  });
  const household = ((await listed.json()) as { content: { id: number }[] }).content[0];
  let proposed = false;
  page.on('request', (sent) => {
    proposed ||= sent.method() === 'POST' && sent.url().endsWith('/api/change-requests');
  });

  await signIn(page, 'op-6112042002');
  await page.goto(`/households/${household.id}/changes/new?type=ADD_MEMBER`);
  const birthDate = page.getByLabel('Tanggal lahir', { exact: true });
  await expect(birthDate).toHaveAttribute('placeholder', 'HH-BB-TTTT');
  await expectAccessible(page, 'member addition');

  // Left with Tab, then by a click on another field: either way the date stays for the rule to judge.
  const tomorrow = dayFirst(daysFromToday(1));
  await birthDate.fill(tomorrow);
  await birthDate.press('Tab');
  await page.getByRole('button', { name: 'Ajukan', exact: true }).click();
  const refused = page.getByText('Tanggal lahir tidak boleh setelah hari ini.');
  await expect(refused).toBeVisible();
  await expect(birthDate).toHaveValue(tomorrow);

  const nextWeek = dayFirst(daysFromToday(7));
  await birthDate.fill(nextWeek);
  await page.getByLabel('Nama lengkap', { exact: true }).click();
  await expect(birthDate).toHaveValue(nextWeek);
  await expect(refused).toBeVisible();

  await birthDate.fill(dayFirst(daysFromToday(-365 * 30)));
  await birthDate.press('Tab');
  await expect(refused).toBeHidden();
  expect(proposed).toBe(false);
});
