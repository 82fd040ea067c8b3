import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

import { dayFirst, daysFromToday, isoDate } from './dates';
import { basicAuth, signIn, switchLanguage } from './sign-in';

/**
 * One household removal through the whole chain, each step by the official whose step it is, in the browser:
 * proposal and field check in the village, the village deliberation with its signed minutes, the kecamatan
 * plenary, the district's verification and ratification, the ministry's decree; then the auditor's replay and the
 * supervisor's dashboard. The steps share one change, so they run in order.
 */
test.describe.configure({ mode: 'serial' });

const screenshots = '../docs/screenshots';
const village = '61.12.04.2002';

let change: { id: number; number: string };
let household: { id: number; headName: string };

/** A household of the village that no change is under way for. */
async function householdWithoutChanges(request: APIRequestContext) {
  const headers = basicAuth('op-6112042002');
  const listed = await request.get(`/api/households?region=${village}&size=100`, { headers });
  const { content } = (await listed.json()) as {
    content: { id: number; headName: string; status: string }[];
  };
  for (const candidate of content.filter((h) => h.status === 'ACTIVE').reverse()) {
    const changes = await request.get(`/api/change-requests?household=${candidate.id}`, {
      headers,
    });
    if (((await changes.json()) as { totalElements: number }).totalElements === 0) {
      return candidate;
    }
  }
  throw new Error(`No household in ${village} is free of changes`);
}

/** Opens the change's task in the inbox (filtered to its stage) and takes a decision on it. */
async function decide(page: Page, stage: string, fill?: (page: Page) => Promise<void>) {
  await page.goto(`/inbox?stage=${stage}`);
  await page
    .getByRole('button', { name: new RegExp(`${change.number}$`) })
    .last()
    .click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toContainText(change.number);
  // Ant Design hides the radio input under its button: click the button, as a user does.
  const approve = page.getByRole('radio', { name: /Setujui|Approve/ });
  await drawer.locator('label', { has: approve }).click();
  await expect(drawer.getByRole('radio', { name: /Setujui|Approve/ })).toBeChecked();
  await fill?.(page);
  await drawer.getByRole('button', { name: /Simpan keputusan|Save decision/ }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /Keputusan tersimpan|Decision saved/ }),
  ).toBeVisible();
  await expect(drawer).toBeHidden();
  // The decided task has left the list: the keyboard goes on to the next one, or to the heading.
  await expect(page.getByRole('button', { name: new RegExp(`${change.number}$`) })).toHaveCount(0);
  await expect(page.locator(':focus')).toHaveAccessibleName(
    /^(Putuskan|Decide) CR-|^(Kotak masuk|Inbox)$/,
  );
}

/** The change's current stage, as its proposer sees it. */
async function stageOf(request: APIRequestContext) {
  const answer = await request.get(`/api/change-requests/${change.id}`, {
    headers: basicAuth('op-6112042002'),
  });
  return ((await answer.json()) as { stage: string; status: string }).stage;
}

test('the village operator proposes removing a household whose head died', async ({
  page,
  request,
}) => {
  household = await householdWithoutChanges(request);
  await signIn(page, 'op-6112042002');
  await page.goto(`/households/${household.id}`);
  await expect(page.getByRole('heading', { name: /KK/ })).toBeVisible();
  await page.screenshot({ path: `${screenshots}/household-details.png`, fullPage: true });

  await page.getByRole('button', { name: 'Ajukan perubahan' }).click();
  await page.getByRole('menuitem', { name: 'Penghapusan rumah tangga' }).click();
  await page.getByLabel('Alasan penghapusan').click();
  await page.getByTitle('Meninggal').click();
  await expect(page.getByTitle('Pindah')).toBeHidden();
  await page.getByLabel('Alasan pengusulan').fill('Kepala keluarga meninggal, anggota pindah');
  await page.screenshot({ path: `${screenshots}/change-request-form.png`, fullPage: true });

  const proposed = page.waitForResponse(
    (response) =>
      response.url().endsWith('/api/change-requests') && response.request().method() === 'POST',
  );
  await page.getByRole('button', { name: 'Ajukan', exact: true }).click();
  const answer = await proposed;
  expect(answer.status()).toBe(201);
  change = (await answer.json()) as { id: number; number: string };
  await expect(page.getByText(`Usulan ${change.number} telah diajukan.`)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/households/${household.id}$`));
  await expect(page.getByText(change.number).first()).toBeVisible();

  // The automatic checks run in the background; the change then waits for the field check.
  await expect.poll(() => stageOf(request), { timeout: 60_000 }).toBe('FIELD_CHECK');
});

test('a village operator of another kecamatan does not see the task', async ({ page, request }) => {
  const elsewhere = await request.get(`/api/change-requests/${change.id}`, {
    headers: basicAuth('op-6112012001'),
  });
  expect(elsewhere.status()).toBe(404);

  await signIn(page, 'op-6112012001');
  await page.goto('/inbox');
  await expect(page.getByRole('heading', { name: 'Kotak masuk' })).toBeVisible();
  await expect(page.getByText(change.number)).toHaveCount(0);
});

test('the village operator approves the field check after the visit', async ({ page }) => {
  await signIn(page, 'op-6112042002');
  await page.goto('/inbox?stage=FIELD_CHECK');
  await page
    .getByRole('button', { name: new RegExp(`${change.number}$`) })
    .last()
    .click();
  await expect(page.getByRole('dialog')).toContainText(change.number);
  await page.getByRole('button', { name: /Tampilkan NIK lengkap/ }).click();
  await expect(page.getByRole('dialog').getByText(/dicatat dalam jejak audit/)).toBeVisible();
  await page.screenshot({ path: `${screenshots}/inbox-task.png` });
  await page.keyboard.press('Escape');

  await decide(page, 'FIELD_CHECK');
});

test('the village head holds the village deliberation with its signed minutes', async ({
  page,
  request,
}) => {
  await signIn(page, 'kades-6112042002');
  await page.getByRole('link', { name: 'Musyawarah' }).click();
  await page.getByRole('button', { name: 'Musyawarah baru' }).click();
  await page.getByRole('checkbox', { name: `Pilih usulan ${change.number}` }).check();
  await page.screenshot({ path: `${screenshots}/deliberation-pick.png`, fullPage: true });
  await page.getByRole('button', { name: 'Berikutnya' }).click();

  // Typed day first, as the field shows it. A date after today is refused in words, as the server would.
  const heldOn = page.getByLabel('Tanggal musyawarah', { exact: true });
  await expect(heldOn).toHaveAttribute('placeholder', 'HH-BB-TTTT');
  await heldOn.fill(dayFirst(daysFromToday(1)));
  await heldOn.press('Enter');
  await expect(page.getByText('Tanggal musyawarah tidak boleh setelah hari ini.')).toBeVisible();
  await heldOn.fill(dayFirst(daysFromToday(0)));
  await heldOn.press('Enter');
  await expect(page.getByText('Tanggal musyawarah tidak boleh setelah hari ini.')).toBeHidden();
  await page.getByLabel('Tempat', { exact: true }).fill('Balai Desa Teluk Empening');
  await page.getByLabel('Peserta 1', { exact: true }).fill('Kepala Desa Teluk Empening');
  await page.getByRole('button', { name: 'Tambah peserta' }).click();
  await page.getByLabel('Peserta 2', { exact: true }).fill('Ketua BPD');
  await page.getByLabel('Nomor berita acara', { exact: true }).fill('BA/e2e/2026');
  await page.getByLabel('Berita acara yang ditandatangani', { exact: true }).setInputFiles({
    name: 'berita-acara.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
  });
  await page.getByRole('button', { name: 'Berikutnya' }).click();
  await expect(page.getByRole('radio', { name: 'Setujui' })).toBeChecked();
  // What the musdes decides is on the card: the removal's reason category and the household's address.
  await page.getByRole('button', { name: new RegExp(`Lihat usulan ${change.number}`) }).click();
  const proposal = page.getByTestId(/^decision-/);
  await expect(proposal.getByText('Alasan penghapusan')).toBeVisible();
  await expect(proposal.getByText('Meninggal', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Berikutnya' }).click();
  await page.screenshot({ path: `${screenshots}/deliberation-review.png`, fullPage: true });
  await page.getByRole('button', { name: 'Simpan keputusan' }).click();

  await expect(page).toHaveURL(/\/deliberations\/\d+$/);
  await expect(page.getByText(change.number).first()).toBeVisible();
  await expect.poll(() => stageOf(request)).toBe('SUBDISTRICT_PLENARY');

  await page.getByRole('button', { name: 'Cetak BNBA' }).click();
  await expect(page.getByText('Daftar nama dan alamat (BNBA)')).toBeVisible();
  const listed = page.getByRole('table').first();
  await expect(listed).toContainText(household.headName);
  // The legal record: the office's letterhead, and the chair by name, not by account.
  await expect(page.getByText('DESA TELUK EMPENING', { exact: true })).toBeVisible();
  await expect(page.getByText('kades-6112042002')).toHaveCount(0);
  await page.screenshot({ path: `${screenshots}/bnba.png`, fullPage: true });
});

test("the proposer opens the change's page from the household's history", async ({ page }) => {
  await signIn(page, 'op-6112042002');
  await page.goto(`/households/${household.id}`);
  await page.getByRole('link', { name: change.number }).click();

  await expect(page).toHaveURL(new RegExp(`/changes/${change.id}$`));
  await expect(page.getByRole('heading', { name: `Usulan ${change.number}` })).toBeVisible();
  await expect(page.getByText('Meninggal', { exact: true })).toBeVisible();
  await expect(page.getByText('Kepala keluarga meninggal, anggota pindah')).toBeVisible();
  await expect(page.getByText('Berita acara musyawarah desa/kelurahan: BA/e2e/2026')).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Unduh berita acara bertanda tangan' }),
  ).toHaveAttribute('href', /^\/api\/deliberations\/\d+\/minutes$/);
  await page.screenshot({ path: `${screenshots}/change-page.png`, fullPage: true });
});

test('the Camat approves at the kecamatan plenary, in English', async ({ page }) => {
  await signIn(page, 'camat-611204');
  await switchLanguage(page, 'EN');
  await page.goto('/inbox?stage=SUBDISTRICT_PLENARY');
  await expect(page.getByRole('heading', { name: 'Inbox' })).toBeVisible();
  await expect(page.getByText('Kecamatan plenary').first()).toBeVisible();
  await page.screenshot({ path: `${screenshots}/inbox-english.png`, fullPage: true });
  await decide(page, 'SUBDISTRICT_PLENARY');
});

test('Dinas Sosial verifies the change', async ({ page }) => {
  await signIn(page, 'dinsos-6112');
  await decide(page, 'DISTRICT_VERIFICATION');
});

test("the head of Dinas Sosial ratifies it with the letter's number", async ({ page, request }) => {
  await signIn(page, 'kadinsos-6112');
  await decide(page, 'DISTRICT_APPROVAL', async (p) => {
    await p.getByLabel('Nomor surat pengesahan').fill('400/e2e/DINSOS/2026');
    // Left with Tab: Enter would send the decision from the date field.
    await p.getByLabel('Tanggal surat').fill(dayFirst(daysFromToday(-1)));
    await p.getByLabel('Tanggal surat').press('Tab');
  });
  const letter = await request.get(`/api/change-requests/${change.id}`, {
    headers: basicAuth('op-6112042002'),
  });
  const { decisions } = (await letter.json()) as {
    decisions: { stage: string; reference?: string; referenceDate?: string }[];
  };
  expect(decisions.find((d) => d.stage === 'DISTRICT_APPROVAL')).toMatchObject({
    reference: '400/e2e/DINSOS/2026',
    referenceDate: isoDate(daysFromToday(-1)),
  });

  // After the month's cut-off the change waits for the next cycle; opening it early is an engine operation.
  const admin = basicAuth('admin');
  const process = (await (
    await request.get(`/api/change-requests/${change.id}`, {
      headers: basicAuth('op-6112042002'),
    })
  ).json()) as { processInstanceId: string };
  const timers = await request.get(
    `/engine-rest/job?processInstanceId=${process.processInstanceId}&timers=true&activityId=Timer_WaitForNextCycle`,
    { headers: admin },
  );
  for (const job of (await timers.json()) as { id: string }[]) {
    expect(
      (await request.post(`/engine-rest/job/${job.id}/execute`, { headers: admin })).ok(),
    ).toBe(true);
  }
  await expect
    .poll(async () => {
      const inbox = await request.get('/api/tasks?stage=MINISTRY_DETERMINATION&size=100', {
        headers: basicAuth('pusdatin'),
      });
      const { content } = (await inbox.json()) as { content: { changeRequestId: number }[] };
      return content.some((task) => task.changeRequestId === change.id);
    })
    .toBe(true);
});

test('the ministry determines the change in its decree, and the registry changes', async ({
  page,
  request,
}) => {
  await signIn(page, 'pusdatin');
  await decide(page, 'MINISTRY_DETERMINATION', (p) =>
    p.getByLabel('Nomor Keputusan Menteri Sosial').fill('KEPMENSOS/e2e/2026'),
  );
  await expect.poll(() => stageOf(request)).toBe('DONE');
});

test('the village operator finds the household removed, with its change history', async ({
  page,
}) => {
  await signIn(page, 'op-6112042002');
  await page.goto(`/households/${household.id}`);
  await expect(page.getByText('Dihapus').first()).toBeVisible();
  await expect(page.getByText(change.number)).toBeVisible();
});

test('the auditor replays the change with its path highlighted', async ({ page }) => {
  await signIn(page, 'auditor-6112');
  await page.goto(`/audit/changes/${change.id}`);
  // The replay starts at the proposal and steps to the end.
  await expect(page.locator('.djs-element.replay-current')).toHaveCount(1);
  await page.getByRole('button', { name: 'Langkah terakhir' }).click();
  await expect(
    page.locator('[data-element-id="End_Approved"]:is(.replay-visited, .replay-current)'),
  ).toHaveCount(1);
  await expect(
    page.locator('[data-element-id="Task_VillageDeliberation"].replay-visited'),
  ).toHaveCount(1);
  expect(await page.locator('.djs-connection.replay-taken').count()).toBeGreaterThan(10);
  await expect(page.getByText('kades-6112042002').first()).toBeVisible();
  await page.screenshot({ path: `${screenshots}/audit-replay.png`, fullPage: true });

  // In English, the model's own labels too: on the diagram and in the timeline.
  await switchLanguage(page, 'EN');
  await expect(page.locator('[data-element-id="Task_NikAndRegionCheck"]')).toContainText(
    /Check NIK/,
  );
  await expect(
    page.getByText('Automatic check completed: Check NIK and region').first(),
  ).toBeVisible();
  await expect(page.getByText(/Periksa NIK dan wilayah/)).toHaveCount(0);
});

test('the supervisor sees the district dashboard', async ({ page }) => {
  await signIn(page, 'supervisor-6112');
  await page.goto('/supervision');
  await expect(page.getByRole('heading', { name: 'Pengawasan' })).toBeVisible();
  await expect(page.getByText('Terentang').first()).toBeVisible();
  // The chart, or in words that nothing is overdue or due soon: never an empty grid.
  await expect(
    page
      .locator('canvas')
      .first()
      .or(page.getByText('Tidak ada tugas yang terlambat atau segera jatuh tempo di wilayah ini.')),
  ).toBeVisible();
  await page.screenshot({ path: `${screenshots}/supervision.png`, fullPage: true });

  await page.goto('/reports');
  await expect(page.getByRole('heading', { name: 'Laporan' })).toBeVisible();
  await expect(page.getByRole('table')).toContainText('Terentang');
  await page.screenshot({ path: `${screenshots}/reports.png`, fullPage: true });

  // A period typed day first, as the fields show it, asks the API in its own dates.
  const since = page.getByLabel('Sejak', { exact: true });
  await expect(since).toHaveAttribute('placeholder', 'HH-BB-TTTT');
  await since.fill(dayFirst(daysFromToday(-30)));
  await since.press('Enter');
  await expect(page).toHaveURL(new RegExp(`[?&]since=${isoDate(daysFromToday(-30))}`));
  // The calendar moves on to the period's end: closed, it leaves the report's table alone on the page.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('table')).toHaveCount(1);
  await expect(page.getByRole('table')).toContainText('Terentang');
  await expect(since).toHaveValue(dayFirst(daysFromToday(-30)));
});
