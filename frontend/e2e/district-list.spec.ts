import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

import { householdsWithoutChanges } from './demo-households';
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

/**
 * Setting up the district's inbox over the API, as the village and kecamatan officials' own screens would: changes
 * in Kuala Mandor B (61.12.02) and in Rasau Jaya (61.12.07, a village other than the one the live inbox spec
 * watches), where no other spec works, each approved up to Dinas Sosial's verification.
 */
const districtOperator = 'dinsos-6112';

interface Region {
  code: string;
  name: string;
}

interface Change {
  id: number;
  number: string;
}

const digits = (code: string) => code.replaceAll('.', '');

async function regionsUnder(request: APIRequestContext, parent: string) {
  const answer = await request.get(`/api/regions?parent=${parent}`);
  expect(answer.ok()).toBe(true);
  return (await answer.json()) as Region[];
}

async function changeSeen(request: APIRequestContext, change: Change) {
  const answer = await request.get(`/api/change-requests/${change.id}`, {
    headers: basicAuth(districtOperator),
  });
  return (await answer.json()) as { stage: string; status: string };
}

/** Proposed by the village's operator; the change once its automatic checks ran, or null if they rejected it. */
async function proposedThroughChecks(request: APIRequestContext, village: string, body: object) {
  const answer = await request.post('/api/change-requests', {
    headers: basicAuth(`op-${digits(village)}`),
    data: body,
  });
  expect(answer.status()).toBe(201);
  const change = (await answer.json()) as Change;
  await expect
    .poll(async () => (await changeSeen(request, change)).stage, { timeout: 60_000 })
    .not.toBe('CHECKS');
  return (await changeSeen(request, change)).stage === 'FIELD_CHECK' ? change : null;
}

/** A re-verification at the field check: the demo's ghost households fail their checks, so the next is tried. */
async function reverificationIn(request: APIRequestContext, village: string) {
  for (const householdId of await householdsWithoutChanges(request, village, districtOperator)) {
    const change = await proposedThroughChecks(request, village, {
      type: 'REVERIFY',
      householdId,
      reason: 'Verifikasi berkala',
    });
    if (change) {
      return change;
    }
  }
  throw new Error(`No household of ${village} passes its checks`);
}

/**
 * A NIK of Kuala Mandor B for someone born on the day, by the NIK's rules (a woman's day plus 40), with a serial
 * that no household of the district has for it.
 */
async function freshNik(request: APIRequestContext, born: string, sex: 'MALE' | 'FEMALE') {
  const [year, month, day] = born.split('-').map(Number);
  const date = [sex === 'FEMALE' ? day + 40 : day, month, year % 100]
    .map((part) => String(part).padStart(2, '0'))
    .join('');
  for (let serial = 9000 + (Date.now() % 900); ; serial++) {
    const nik = `611202${date}${serial}`;
    const found = await request.get(`/api/households?q=${nik}&size=1`, {
      headers: basicAuth(districtOperator),
    });
    if (((await found.json()) as { totalElements: number }).totalElements === 0) {
      return nik;
    }
  }
}

/** A proposal of a new household in the village: Hendra Saputra's, with his wife. */
async function newHouseholdWithSpouse(
  request: APIRequestContext,
  village: string,
  spouseNik: string,
) {
  // Welfare attributes as a household of the village has them.
  const [household] = await householdsWithoutChanges(request, village, districtOperator);
  const { welfare } = (await (
    await request.get(`/api/households/${household}`, { headers: basicAuth(districtOperator) })
  ).json()) as { welfare: object };
  return {
    type: 'NEW_HOUSEHOLD',
    reason: 'Belum terdaftar',
    household: {
      kkNumber: `6112020201260${String(Date.now() % 1000).padStart(3, '0')}`,
      address: 'Jl. Musyawarah',
      rt: '099',
      rw: '099',
      villageCode: village,
      welfare,
      members: [
        {
          nik: await freshNik(request, '1990-05-17', 'MALE'),
          name: 'Hendra Saputra',
          birthDate: '1990-05-17',
          sex: 'MALE',
          relationship: 'HEAD',
        },
        {
          nik: spouseNik,
          name: 'Wulan Sari',
          birthDate: '1992-08-09',
          sex: 'FEMALE',
          relationship: 'SPOUSE',
        },
      ],
    },
  };
}

/** Approved at the field check, the village deliberation and the kecamatan plenary, each by its official. */
async function approvedUpToTheDistrict(
  request: APIRequestContext,
  village: string,
  change: Change,
) {
  const kecamatan = village.slice(0, village.lastIndexOf('.'));
  for (const official of [
    `op-${digits(village)}`,
    `kades-${digits(village)}`,
    `camat-${digits(kecamatan)}`,
  ]) {
    const headers = basicAuth(official);
    let taskId: string | undefined;
    await expect
      .poll(async () => {
        const inbox = await request.get(`/api/tasks?q=${change.number}`, { headers });
        const { content } = (await inbox.json()) as { content: { id: string }[] };
        taskId = content[0]?.id;
        return taskId;
      })
      .toBeDefined();
    const decided = await request.post(`/api/tasks/${taskId}/complete`, {
      headers,
      data: { decision: 'APPROVE' },
    });
    expect(decided.ok(), `${official} approves ${change.number}`).toBe(true);
  }
  await expect
    .poll(async () => (await changeSeen(request, change)).stage)
    .toBe('DISTRICT_VERIFICATION');
}

/**
 * Picks a region in one of the region filter's pickers, in the list it opens: a village may bear its kecamatan's
 * name (Desa Kuala Mandor B of Kecamatan Kuala Mandor B), whose picker above shows it too.
 */
async function pick(page: Page, picker: string, name: string) {
  const openLists = page.locator('.ant-select-dropdown:visible');
  // The list the picker above opened may still be fading out.
  await expect(openLists).toHaveCount(0);
  await page.getByRole('combobox', { name: picker }).click();
  await openLists.getByTitle(name, { exact: true }).click();
}

test('a district narrows its inbox to a kecamatan, then a village, finds a change by a NIK and claims it', async ({
  page,
  request,
}) => {
  test.setTimeout(300_000);
  const kecamatan = (await regionsUnder(request, '61.12')).find((k) => k.code === '61.12.02')!;
  const [village, neighbour] = await regionsUnder(request, kecamatan.code);
  const [elsewhere] = (await regionsUnder(request, '61.12.07')).filter(
    (v) => v.code !== '61.12.07.2001',
  );

  // In the village a new household, whose spouse no household holds yet, and a re-verification; one more in
  // the kecamatan and one in another kecamatan.
  const headers = basicAuth(districtOperator);
  const spouseNik = await freshNik(request, '1992-08-09', 'FEMALE');
  const proposal = await newHouseholdWithSpouse(request, village.code, spouseNik);
  const [newHousehold, reverified, inNeighbour, inOtherKecamatan] = await Promise.all([
    proposedThroughChecks(request, village.code, proposal),
    reverificationIn(request, village.code),
    reverificationIn(request, neighbour.code),
    reverificationIn(request, elsewhere.code),
  ]);
  expect(newHousehold, 'the new household passes its checks').not.toBeNull();
  const inVillage = [newHousehold!, reverified];
  await Promise.all([
    ...inVillage.map((change) => approvedUpToTheDistrict(request, village.code, change)),
    approvedUpToTheDistrict(request, neighbour.code, inNeighbour),
    approvedUpToTheDistrict(request, elsewhere.code, inOtherKecamatan),
  ]);
  const totalIn = async (region: string, q = '') =>
    (
      (await (
        await request.get(`/api/tasks?size=1&region=${region}&q=${q}`, { headers })
      ).json()) as { totalElements: number }
    ).totalElements;
  const row = (change: Change) => page.getByRole('row', { name: new RegExp(change.number) });

  await signIn(page, districtOperator);
  await page.goto('/inbox');
  for (const change of [...inVillage, inNeighbour, inOtherKecamatan]) {
    await expect(row(change)).toBeVisible();
  }

  await pick(page, 'Kecamatan', kecamatan.name);
  await expect(page).toHaveURL(new RegExp(`region=${kecamatan.code.replaceAll('.', '\\.')}(&|$)`));
  await expect(row(inOtherKecamatan)).toHaveCount(0);
  for (const change of [...inVillage, inNeighbour]) {
    await expect(row(change)).toBeVisible();
  }
  await expect.poll(() => shownTotal(page)).toBe(await totalIn(kecamatan.code));

  await pick(page, 'Desa/kelurahan', village.name);
  await expect(page).toHaveURL(new RegExp(`region=${village.code.replaceAll('.', '\\.')}`));
  await expect(row(inNeighbour)).toHaveCount(0);
  for (const change of inVillage) {
    await expect(row(change)).toBeVisible();
  }
  await expect.poll(() => shownTotal(page)).toBe(await totalIn(village.code));
  const rows = page.getByRole('table').locator('tbody tr.ant-table-row');
  for (const shown of await rows.all()) {
    await expect(shown).toContainText(village.name);
  }

  // The spouse of the new household is on no household yet: the NIK finds the change that proposes her.
  await page.getByRole('searchbox').fill(spouseNik);
  await page.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(new RegExp(`q=${spouseNik}`));
  await expect(page).toHaveURL(new RegExp(`region=${village.code.replaceAll('.', '\\.')}`));
  await expect(row(newHousehold!)).toContainText('Hendra Saputra');
  await expect(rows).toHaveCount(1);
  await expect(page.getByText('1 tugas', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Ambil semua yang cocok (1)' }).click();
  await expect(page.getByText('1 tugas diambil.')).toBeVisible();
  await expect(
    page.getByRole('button', { name: `Lepaskan ${newHousehold!.number}` }),
  ).toBeVisible();
  const claimedBy = async (change: Change) =>
    (
      (await (await request.get(`/api/tasks?q=${change.number}`, { headers })).json()) as {
        content: { claimedBy?: string }[];
      }
    ).content[0].claimedBy;
  expect(await claimedBy(newHousehold!)).toBe(districtOperator);
  expect(await claimedBy(inVillage[1])).toBeUndefined();
  expect(await totalIn(village.code, spouseNik)).toBe(1);
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
