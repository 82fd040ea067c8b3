import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

import { dayFirst } from './dates';
import { expectAccessible } from './axe';
import { awaitingVillageDeliberation } from './deliberations';
import { basicAuth, signIn } from './sign-in';

/**
 * Every screen, as the official who uses it, checked by axe-core: no critical, serious or moderate
 * violation. The deliberation wizard's steps, a deliberation's record and its BNBA come from a
 * village deliberation held here in Terentang Hilir; a round's page from the newest round, or one
 * opened here over a kecamatan no other spec works in.
 */
const village = '61.12.04.2002';
const kecamatan = '61.12.04';
/** Where the wizard holds its deliberation: Terentang Hilir, whose demo changes no other spec takes. */
const deliberationVillage = '61.12.04.2003';
const districtHead = 'kadinsos-6112';

/**
 * The page has finished loading what it shows: no spinner left, and nothing still fading in (text
 * half-way through its animation fails the contrast check).
 */
async function settled(page: Page) {
  await expect(
    page.locator('.ant-spin-spinning, .ant-skeleton, [role="status"].vv-loading'),
  ).toHaveCount(0);
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          document
            .getAnimations()
            .filter((animation) => animation.effect?.getTiming().iterations !== Infinity).length,
      ),
    )
    .toBe(0);
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

  // Whether or not a change waits here: the wizard's steps are checked in Terentang Hilir below.
  await page.getByRole('button', { name: 'Musyawarah baru' }).click();
  await expect(page.getByRole('heading', { name: /^Musyawarah baru/, level: 1 })).toBeVisible();
  await settled(page);
  await expectAccessible(page, 'new deliberation');
});

test('the deliberation wizard, step by step, and the record and BNBA it makes', async ({
  page,
  request,
}) => {
  const change = await awaitingVillageDeliberation(request, deliberationVillage);
  const next = () => page.getByRole('button', { name: 'Berikutnya' }).click();

  await signIn(page, 'kades-6112042003');
  await page.goto('/deliberations/new');
  const pick = page.getByRole('checkbox', { name: `Pilih usulan ${change.changeRequestNumber}` });
  await expect(pick).toBeVisible();
  await settled(page);
  await expectAccessible(page, 'new deliberation, pick (table)');

  // A phone gets a card per change instead of the table.
  await page.setViewportSize({ width: 360, height: 740 });
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(pick).toBeVisible();
  await settled(page);
  await expectAccessible(page, 'new deliberation, pick (cards)');
  await pick.check();
  await page.setViewportSize({ width: 1280, height: 720 });
  await next();

  await expect(page.getByRole('heading', { name: 'Berita acara', level: 2 })).toBeVisible();
  const heldOn = page.getByLabel('Tanggal musyawarah', { exact: true });
  await heldOn.fill(dayFirst(new Date()));
  await heldOn.press('Enter');
  await page.getByLabel('Tempat', { exact: true }).fill('Balai Desa Terentang Hilir');
  await page.getByLabel('Peserta 1', { exact: true }).fill('Kepala Desa Terentang Hilir');
  await page.getByLabel('Nomor berita acara', { exact: true }).fill(`BA/a11y/${Date.now()}`);
  await page.getByLabel('Berita acara yang ditandatangani', { exact: true }).setInputFiles({
    name: 'berita-acara.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
  });
  await expect(page.getByText('berita-acara.pdf')).toBeVisible();
  await settled(page);
  await expectAccessible(page, 'new deliberation, minutes');
  await next();

  await expect(page.getByRole('radio', { name: 'Setujui' })).toBeChecked();
  await page
    .getByRole('button', { name: new RegExp(`Lihat usulan ${change.changeRequestNumber}`) })
    .click();
  await expect(page.getByRole('heading', { name: 'Keputusan sejauh ini', level: 3 })).toBeVisible();
  await settled(page);
  await expectAccessible(page, 'new deliberation, decisions');
  await next();

  await expect(page.getByRole('heading', { name: 'Tinjau', level: 2 })).toBeVisible();
  await settled(page);
  await expectAccessible(page, 'new deliberation, review');
  await page.getByRole('button', { name: 'Simpan keputusan' }).click();

  await expect(page).toHaveURL(/\/deliberations\/\d+$/);
  await expect(page.getByText(change.changeRequestNumber).first()).toBeVisible();
  await settled(page);
  await expectAccessible(page, 'deliberation details');

  await page.getByRole('button', { name: 'Cetak BNBA' }).click();
  await expect(page).toHaveURL(/\/deliberations\/\d+\/bnba$/);
  await expect(page.getByText('Daftar nama dan alamat (BNBA)')).toBeVisible();
  await settled(page);
  await expectAccessible(page, 'BNBA');
});

/**
 * A round to read: the newest, or else one opened over Kuala Mandor B (61.12.02, where no other
 * spec works) and paused at once, so that the rounds spec's rounds need not wait for its batches.
 */
async function aRound(request: APIRequestContext) {
  const headers = basicAuth(districtHead);
  const listed = await request.get('/api/rounds?size=1', { headers });
  const [newest] = ((await listed.json()) as { content: { id: number }[] }).content;
  if (newest) {
    return newest.id;
  }
  const day = (from: number) => new Date(from).toISOString().slice(0, 10);
  const opened = await request.post('/api/rounds', {
    headers,
    data: {
      name: `Verivali e2e aksesibilitas ${Date.now()}`,
      districtCode: '61.12',
      startsOn: day(Date.now()),
      targetDate: day(Date.now() + 60 * 24 * 60 * 60 * 1000),
      subdistricts: [{ code: '61.12.02' }],
    },
  });
  expect(opened.status()).toBe(201);
  const { id } = (await opened.json()) as { id: number };
  // 409 once it has started every change: nothing left to pause.
  const paused = await request.post(`/api/rounds/${id}/pause`, { headers });
  expect([200, 409]).toContain(paused.status());
  return id;
}

test("the rounds, a round's page and its stages in supervision", async ({ page, request }) => {
  const round = await aRound(request);

  await signIn(page, districtHead);
  await page.goto('/rounds');
  await expect(page.getByRole('heading', { name: 'Putaran verivali', level: 1 })).toBeVisible();
  await expect(page.locator(`a[href="/rounds/${round}"]`).first()).toBeVisible();
  await settled(page);
  await expectAccessible(page, 'rounds, with a round');

  await page.goto(`/rounds/${round}`);
  await expect(page.getByRole('progressbar').first()).toBeVisible();
  await settled(page);
  await expectAccessible(page, "a round's page");

  await page.goto(`/supervision?view=rounds&round=${round}`);
  await expect(page.getByRole('heading', { name: /^Tahapan per kecamatan: / })).toBeVisible();
  await settled(page);
  await expectAccessible(page, "supervision, a round's stages");
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
