import { readFileSync } from 'node:fs';

import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

import { basicAuth, signIn } from './sign-in';

const screenshots = '../docs/screenshots';

/** Kecamatan 61.12.08, where the demo proposes nothing and no other spec works. */
const KECAMATAN = '61.12.08';

interface FieldCheck {
  taskId: string;
  changeRequestId: number;
  changeRequestNumber: string;
  headName?: string;
  state: string;
}

const operatorOf = (village: string) => `op-${village.replaceAll('.', '')}`;

async function villages(request: APIRequestContext) {
  const answer = await request.get(`/api/regions?parent=${KECAMATAN}`);
  expect(answer.ok()).toBe(true);
  return ((await answer.json()) as { code: string }[]).map((region) => region.code);
}

async function fieldChecks(request: APIRequestContext, village: string) {
  const answer = await request.get(`/api/field-checks?status=TO_VISIT&size=500`, {
    headers: basicAuth(operatorOf(village)),
  });
  expect(answer.ok()).toBe(true);
  return ((await answer.json()) as { content: FieldCheck[] }).content;
}

/**
 * Proposes the re-verification of the village's first households as its operator, and waits until
 * the checks have run and each waits at its field check.
 */
async function atFieldCheck(request: APIRequestContext, village: string, count: number) {
  const headers = basicAuth(operatorOf(village));
  const found = await request.get(`/api/households?region=${village}&size=${count}`, { headers });
  expect(found.ok()).toBe(true);
  const households = ((await found.json()) as { content: { id: number }[] }).content;
  const numbers: string[] = [];
  for (const household of households) {
    const proposed = await request.post('/api/change-requests', {
      headers,
      data: { type: 'REVERIFY', householdId: household.id, reason: 'Verifikasi lapangan' },
    });
    expect(proposed.status()).toBe(201);
    numbers.push(((await proposed.json()) as { number: string }).number);
  }
  let checks: FieldCheck[] = [];
  await expect
    .poll(
      async () => {
        checks = (await fieldChecks(request, village)).filter((check) =>
          numbers.includes(check.changeRequestNumber),
        );
        return checks.length;
      },
      { timeout: 60_000 },
    )
    .toBe(count);
  return checks;
}

async function expectNoSidewaysScrolling(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
}

test('the worklist in walking order with its field sheet, and each village’s progress for the kecamatan', async ({
  page,
  request,
}) => {
  const [village] = await villages(request);
  const checks = await atFieldCheck(request, village, 4);

  await signIn(page, operatorOf(village));
  await page.goto('/field-checks');
  await expect(page.getByRole('heading', { name: 'Verifikasi lapangan' })).toBeVisible();
  for (const check of checks) {
    await expect(page.getByText(check.changeRequestNumber)).toBeVisible();
  }
  await page.screenshot({ path: `${screenshots}/field-worklist.png`, fullPage: true });

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Unduh lembar lapangan (Excel)' }).click();
  expect((await download).suggestedFilename()).toMatch(/^lembar-lapangan-\d+-.+\.xlsx$/);

  await page.getByRole('button', { name: 'Cetak lembar per RT' }).click();
  await expect(page.getByRole('heading', { name: /RW \d+ \/ RT \d+$/ }).first()).toBeVisible();
  await page.screenshot({ path: `${screenshots}/field-sheet-print.png`, fullPage: true });

  await page.context().clearCookies();
  await signIn(page, `tksk-${KECAMATAN.replaceAll('.', '')}`);
  await page.goto('/field-checks');
  await expect(page.getByRole('heading', { name: 'Kemajuan per desa/kelurahan' })).toBeVisible();
  const regions = await request.get(`/api/regions/${village}`);
  const { name } = (await regions.json()) as { name: string };
  const row = page.getByRole('row').filter({ hasText: name });
  // To visit, visited, decided, overdue.
  await expect(row.getByRole('cell')).toContainText([name, '4', '0', '0', '0']);
  await page.screenshot({ path: `${screenshots}/field-progress.png`, fullPage: true });
});

test('an imported sheet names every bad cell, and once corrected decides its rows with a progress bar', async ({
  page,
  request,
}) => {
  const village = (await villages(request))[1];
  const [found, moved] = await atFieldCheck(request, village, 2);
  const today = new Date();
  const visitedOn = `${String(today.getDate()).padStart(2, '0')}-${String(today.getMonth() + 1).padStart(2, '0')}-${today.getFullYear()}`;
  const header = 'Nomor usulan;Hasil kunjungan;Alasan / keterangan;Tanggal kunjungan;Petugas';
  const csv = (rows: string[]) => Buffer.from([header, ...rows].join('\r\n'), 'utf8');

  await signIn(page, operatorOf(village));
  await page.goto('/field-checks/import');
  const file = page.locator('input[type="file"]');
  await file.setInputFiles({
    name: 'hasil-kunjungan.csv',
    mimeType: 'text/csv',
    buffer: csv([
      `${found.changeRequestNumber};Ditemukan, masih layak;;${visitedOn};Siti Aminah`,
      `${moved.changeRequestNumber};Pindah;;${visitedOn};Siti Aminah`,
      `CR-6112-2026-999999;Pindah;Pindah ke Pontianak;${visitedOn};Siti Aminah`,
    ]),
  });
  await expect(page.getByText('2 masalah di hasil-kunjungan.csv')).toBeVisible();
  const problems = page.getByRole('table');
  await expect(problems).toContainText('Tuliskan alasannya');
  await expect(problems).toContainText('CR-6112-2026-999999');
  await page.screenshot({ path: `${screenshots}/field-import-errors.png`, fullPage: true });

  await file.setInputFiles({
    name: 'hasil-kunjungan-2.csv',
    mimeType: 'text/csv',
    buffer: csv([
      `${found.changeRequestNumber};Ditemukan, masih layak;;${visitedOn};Siti Aminah`,
      `${moved.changeRequestNumber};Pindah;Pindah ke Pontianak sejak Agustus;${visitedOn};Siti Aminah`,
    ]),
  });
  await expect(page.getByText('Pratinjau hasil-kunjungan-2.csv')).toBeVisible();
  await page.screenshot({ path: `${screenshots}/field-import-preview.png`, fullPage: true });
  await page.getByRole('button', { name: 'Konfirmasi dan putuskan' }).click();
  await expect(page.getByText('Lembar lapangan diimpor')).toBeVisible({ timeout: 30_000 });

  const change = await request.get(`/api/change-requests/${moved.changeRequestId}`, {
    headers: basicAuth(operatorOf(village)),
  });
  const body = (await change.json()) as { type: string; removalReason: string; stage: string };
  expect(body).toMatchObject({
    type: 'REMOVE_HOUSEHOLD',
    removalReason: 'MOVED',
    stage: 'VILLAGE_DELIBERATION',
  });
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('a field check with the house’s photo in three taps, kept through a failed upload', async ({
    page,
    request,
  }) => {
    const village = (await villages(request))[2];
    const [check] = await atFieldCheck(request, village, 1);

    await signIn(page, operatorOf(village));
    await page.goto('/field-checks');
    await page
      .getByRole('link', { name: /^Kunjungi / })
      .first()
      .click();
    // A tap on the finding's label: antd draws radio buttons over hidden inputs.
    await page.getByRole('radiogroup').getByText('Ditemukan, masih layak', { exact: true }).click();
    await page.getByLabel('Nama petugas pencacah').fill('Siti Aminah');
    await page.locator('input[type="file"][capture="environment"]').setInputFiles({
      name: 'rumah-depan.jpg',
      mimeType: 'image/jpeg',
      buffer: readFileSync('e2e/fixtures/rumah-depan.jpg'),
    });
    const preview = page.getByRole('img', { name: 'Pratinjau foto rumah' });
    // Drawn, not only present: the page's content security policy lets the photo's blob: address in.
    await expect
      .poll(() => preview.evaluate((image: HTMLImageElement) => image.naturalWidth))
      .toBeGreaterThan(0);
    await expectNoSidewaysScrolling(page);
    await page.screenshot({ path: `${screenshots}/field-visit-phone.png`, fullPage: true });

    // The link drops: nothing typed, and not the photo, is lost, and a tap sends it again.
    await page.route('**/visit', (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: 'Simpan kunjungan' }).click();
    await expect(page.getByText(/Kunjungan belum terkirim/)).toBeVisible();
    await expect(page.getByLabel('Nama petugas pencacah')).toHaveValue('Siti Aminah');
    await expect(page.getByRole('img', { name: 'Pratinjau foto rumah' })).toBeVisible();
    await page.unroute('**/visit');
    await page.getByRole('button', { name: 'Coba lagi' }).click();
    await expect(page).toHaveURL(/\/field-checks(\?|$)/);

    const visits = await request.get(`/api/change-requests/${check.changeRequestId}/field-visits`, {
      headers: basicAuth(operatorOf(village)),
    });
    const [visit] = (await visits.json()) as { finding: string; photo?: { sha256: string } }[];
    expect(visit.finding).toBe('FOUND');
    expect(visit.photo?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
