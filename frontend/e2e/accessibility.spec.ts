import { expect, test, type Page } from '@playwright/test';

import { expectAccessible } from './axe';
import { basicAuth, signIn } from './sign-in';

/**
 * Every screen, as the official who uses it, checked by axe-core: no serious or critical
 * violation. A deliberation's details and BNBA and a round's page are checked where the walks that
 * create them open them (removal-walk.spec.ts, rounds.spec.ts).
 */
const village = '61.12.04.2002';
const kecamatan = '61.12.04';

/** The page has finished loading what it shows: no spinner left. */
async function settled(page: Page) {
  await expect(
    page.locator('.ant-spin-spinning, .ant-skeleton, [role="status"].vv-loading'),
  ).toHaveCount(0);
}

test('the sign-in page', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByLabel('Nama pengguna')).toBeVisible();
  await expectAccessible(page, 'sign-in');
});

test("the village operator's screens", async ({ page, request }) => {
  const headers = basicAuth('op-6112042002');
  const listed = await request.get(`/api/households?region=${village}&size=1`, { headers });
  const household = ((await listed.json()) as { content: { id: number }[] }).content[0];
  const tasks = await request.get('/api/tasks?size=1', { headers });
  const task = ((await tasks.json()) as { content: { changeRequestId: number }[] }).content[0];

  await signIn(page, 'op-6112042002');
  await expect(page.getByRole('heading', { name: 'Rumah tangga' })).toBeVisible();
  await settled(page);
  await expectAccessible(page, 'household list');

  await page.goto('/inbox');
  await page
    .getByRole('button', { name: /^Putuskan / })
    .first()
    .click();
  await expect(
    page.getByRole('dialog').getByRole('button', { name: 'Simpan keputusan' }),
  ).toBeVisible();
  await settled(page);
  await expectAccessible(page, 'inbox with a task open');

  await page.goto(`/households/${household.id}`);
  await expect(page.getByRole('heading', { name: /KK/ })).toBeVisible();
  await settled(page);
  await expectAccessible(page, 'household details');

  await page.goto(`/households/${household.id}/changes/new?type=MEMBER_ADDITION`);
  await expect(page.getByRole('button', { name: 'Ajukan', exact: true })).toBeVisible();
  await settled(page);
  await expectAccessible(page, 'new change');

  await page.goto(`/changes/${task.changeRequestId}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await settled(page);
  await expectAccessible(page, 'change page');
});

test("the village head's deliberations", async ({ page }) => {
  await signIn(page, 'kades-6112042002');
  await page.goto('/deliberations');
  await expect(page.getByRole('button', { name: 'Musyawarah baru' })).toBeVisible();
  await settled(page);
  await expectAccessible(page, 'deliberations');

  // The wizard's pick table needs changes awaiting the village; removal-walk.spec.ts checks it there.
  await page.getByRole('button', { name: 'Musyawarah baru' }).click();
  await expect(page.getByRole('heading', { name: /^Musyawarah baru/, level: 1 })).toBeVisible();
  await settled(page);
  await expectAccessible(page, 'new deliberation');
});

test("the supervisor's screens", async ({ page }) => {
  await signIn(page, 'supervisor-6112');
  for (const [screen, path] of [
    ['supervision, district', '/supervision'],
    ['supervision, kecamatan', `/supervision?region=${kecamatan}`],
    ['supervision, village', `/supervision?region=${village}`],
    ['reports', '/reports'],
    ['rounds', '/rounds'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await settled(page);
    await expectAccessible(page, screen);
  }
});

test("the auditor's search and replay", async ({ page, request }) => {
  const tasks = await request.get('/api/tasks?size=1', { headers: basicAuth('op-6112042002') });
  const task = ((await tasks.json()) as { content: { changeRequestId: number }[] }).content[0];

  await signIn(page, 'auditor-6112');
  await page.goto('/audit');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await settled(page);
  await expectAccessible(page, 'audit search');

  await page.goto(`/audit/changes/${task.changeRequestId}`);
  await expect(page.locator('[data-element-id="Task_FieldCheck"]')).toBeVisible();
  await settled(page);
  await expectAccessible(page, 'audit replay');
});
