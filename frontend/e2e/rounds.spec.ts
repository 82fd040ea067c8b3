import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

import { dayFirst, daysFromToday } from './dates';
import { basicAuth, signIn, switchLanguage } from './sign-in';

/**
 * The head of Dinas Sosial of Kubu Raya opens a verification round over one kecamatan, watches its
 * bar move and pauses it, reads its civil-registry match report (and downloads it) and follows its
 * kecamatan through the stages in supervision, once in Bahasa Indonesia and once in English.
 *
 * A round starts real changes in the background, and they land in the village operators' inboxes of
 * its kecamatan. So the rounds keep to kecamatan no other spec works in (those use Sungai Raya,
 * 61.12.01, and Terentang, 61.12.04), each test opens its round over one that no unfinished round
 * holds yet, whatever ran before, and pauses it as soon as its bar has moved.
 */
const opener = 'kadinsos-6112';

/** Kubu Raya's larger kecamatan that no other spec uses: a few batches each, so that the bar moves. */
const kecamatan = [
  { code: '61.12.06', name: 'Kubu' },
  { code: '61.12.09', name: 'Sungai Kakap' },
  { code: '61.12.03', name: 'Sungai Ambawang' },
  { code: '61.12.05', name: 'Batu Ampar' },
  { code: '61.12.08', name: 'Teluk Pakedai' },
];

interface RoundSeen {
  status: string;
  subdistricts: { code: string }[];
}

/** The first of the kecamatan that no round still starting or paused holds: a new one may open there. */
async function freeKecamatan(request: APIRequestContext) {
  const answer = await request.get('/api/rounds?size=100', { headers: basicAuth(opener) });
  expect(answer.ok()).toBe(true);
  const { content } = (await answer.json()) as { content: RoundSeen[] };
  const held = new Set(
    content
      .filter((round) => round.status !== 'ALL_STARTED')
      .flatMap((round) => round.subdistricts.map((s) => s.code)),
  );
  const free = kecamatan.find((k) => !held.has(k.code));
  if (!free) {
    throw new Error('Every kecamatan the rounds spec may use is held by an unfinished round');
  }
  return free;
}

const texts = {
  ID: {
    nav: 'Putaran verivali',
    start: 'Buka putaran',
    open: 'Buka putaran',
    name: 'Nama putaran',
    target: 'Tanggal target',
    chosen: 'Kecamatan tertentu',
    subdistricts: 'Kecamatan',
    progress: (name: string) => `Kemajuan ${name}`,
    pause: 'Jeda putaran',
    resume: 'Lanjutkan putaran',
    paused: 'Dijeda',
    report: 'Laporan pemadanan Dukcapil',
    reportHeadings: [
      'Kecamatan / desa',
      'Rumah tangga',
      'Anggota',
      'Padan',
      'Tidak padan',
      'NIK tidak dikenal',
      'Meninggal',
      'Belum dipadankan',
      'Diusulkan dihapus',
      'Tanpa e-KTP',
    ],
    csv: 'Unduh CSV',
    toSupervision: 'Tahapan per kecamatan di Pengawasan',
    stages: (name: string) => `Tahapan per kecamatan: ${name}`,
    stageBar: (name: string) => `Tahapan ${name}`,
    stageHeadings: ['Kecamatan', 'Belum dimulai', 'Pemeriksaan', 'Target', 'Status'],
    toRound: 'Buka halaman putaran',
  },
  EN: {
    nav: 'Verification rounds',
    start: 'Open a round',
    open: 'Open round',
    name: 'Name of the round',
    target: 'Target date',
    chosen: 'Chosen kecamatan',
    subdistricts: 'Kecamatan',
    progress: (name: string) => `Progress of ${name}`,
    pause: 'Pause round',
    resume: 'Resume round',
    paused: 'Paused',
    report: 'Civil-registry match report',
    reportHeadings: [
      'Kecamatan / village',
      'Households',
      'Members',
      'Matched',
      'Not matched',
      'NIK unknown',
      'Died',
      'Not yet matched',
      'Proposed for deletion',
      'Without e-KTP',
    ],
    csv: 'Download CSV',
    toSupervision: 'Stages by kecamatan in Supervision',
    stages: (name: string) => `Stages by kecamatan: ${name}`,
    stageBar: (name: string) => `Stages of ${name}`,
    stageHeadings: ['Kecamatan', 'Not started', 'Checks', 'Target', 'Status'],
    toRound: "Open the round's page",
  },
} as const;

type Language = keyof typeof texts;

async function valueOf(page: Page, name: string) {
  return Number(
    await page.getByRole('progressbar', { name, exact: true }).getAttribute('aria-valuenow'),
  );
}

async function expectNoSidewaysScrolling(page: Page) {
  // After a resize the layout settles once the breakpoints have been measured again.
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
    .toBeLessThanOrEqual(360);
}

for (const language of ['ID', 'EN'] as const satisfies Language[]) {
  test(`the head of Dinas Sosial opens a round over one kecamatan and pauses it (${language})`, async ({
    page,
    request,
  }) => {
    // A round waits while the runner starts another's batches: give it time to get its turn.
    test.setTimeout(240_000);
    const text = texts[language];
    const where = await freeKecamatan(request);
    const name = `Verivali e2e ${where.name} ${language} ${Date.now()}`;
    // Typed day first, as the date fields show dates in either language.
    const target = dayFirst(daysFromToday(30));

    await signIn(page, opener);
    if (language === 'EN') {
      await switchLanguage(page, 'EN');
    }
    await page.getByRole('banner').getByRole('link', { name: text.nav }).click();
    await expect(page.getByRole('heading', { name: text.nav, level: 1 })).toBeVisible();
    await page.getByRole('button', { name: text.start }).click();

    await page.getByLabel(text.name, { exact: true }).fill(name);
    const targetDate = page.getByLabel(text.target, { exact: true });
    await targetDate.fill(target);
    await targetDate.press('Enter');
    await page.locator('label', { has: page.getByRole('radio', { name: text.chosen }) }).click();
    await page.getByRole('combobox', { name: new RegExp(`${text.subdistricts}$`) }).click();
    await page.getByTitle(where.name, { exact: true }).click();
    await page.keyboard.press('Escape');

    const opened = page.waitForResponse(
      (response) =>
        response.url().endsWith('/api/rounds') && response.request().method() === 'POST',
    );
    await page.getByRole('button', { name: text.open, exact: true }).click();
    const answer = await opened;
    expect(answer.status()).toBe(201);
    const round = (await answer.json()) as { id: number; subdistricts: { code: string }[] };
    expect(round.subdistricts.map((s) => s.code)).toEqual([where.code]);
    await expect(page).toHaveURL(new RegExp(`/rounds/${round.id}$`));

    // The bar appears, then moves as the batches start their changes (after any other round's turn).
    const overall = text.progress(name);
    await expect(page.getByRole('progressbar', { name: overall, exact: true })).toBeVisible();
    await expect(
      page.getByRole('progressbar', { name: text.progress(where.name), exact: true }),
    ).toBeVisible();
    const first = await valueOf(page, overall);
    await expect.poll(() => valueOf(page, overall), { timeout: 120_000 }).toBeGreaterThan(first);

    // Pause at once. A batch running at that moment may refuse it ("just changed"): then again.
    await expect(async () => {
      const pause = page.getByRole('button', { name: text.pause });
      if (await pause.isVisible()) {
        await pause.click();
      }
      await expect(page.getByRole('button', { name: text.resume })).toBeVisible({ timeout: 3_000 });
    }).toPass({ timeout: 30_000 });
    await expect(page.getByText(text.paused, { exact: true })).toBeVisible();

    // Paused, it starts no more changes: the bar stays where it stopped.
    const stopped = await valueOf(page, overall);
    expect(stopped).toBeLessThan(100);
    await page.waitForTimeout(3_000);
    await page.reload();
    await expect.poll(() => valueOf(page, overall)).toBe(stopped);
    const server = await request.get(`/api/rounds/${round.id}`, { headers: basicAuth(opener) });
    expect(((await server.json()) as { status: string }).status).toBe('PAUSED');

    // The round's civil-registry match report: the published columns, a row for its kecamatan,
    // and the CSV behind its link. The figures move with the round, so only their place is checked.
    const report = page.getByRole('region', { name: text.report });
    for (const heading of text.reportHeadings) {
      await expect(report.getByRole('columnheader', { name: heading, exact: true })).toBeVisible();
    }
    await expect(report.getByRole('row').filter({ hasText: where.name }).first()).toBeVisible();
    const csvPath = await report.getByRole('link', { name: text.csv }).getAttribute('href');
    expect(csvPath).toBe(`/api/rounds/${round.id}/report.csv`);
    const csv = await request.get(csvPath ?? '', { headers: basicAuth(opener) });
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');

    // Its kecamatan through the stages in supervision, and back to the round.
    await page.getByRole('link', { name: text.toSupervision }).click();
    await expect(page).toHaveURL(new RegExp(`/supervision\\?view=rounds&round=${round.id}$`));
    const stages = page.getByRole('region', { name: text.stages(name) });
    for (const heading of text.stageHeadings) {
      await expect(stages.getByRole('columnheader', { name: heading, exact: true })).toBeVisible();
    }
    await expect(
      stages.getByRole('progressbar', { name: text.stageBar(where.name), exact: true }),
    ).toBeVisible();
    await expect(stages.getByRole('row').filter({ hasText: where.name }).first()).toBeVisible();
    await stages.getByRole('link', { name: text.toRound }).click();
    await expect(page).toHaveURL(new RegExp(`/rounds/${round.id}$`));

    // On a 360 px phone the round and the list fit the width.
    await page.setViewportSize({ width: 360, height: 740 });
    await expect(page.getByRole('progressbar', { name: overall, exact: true })).toBeVisible();
    await expectNoSidewaysScrolling(page);
    await page.goto('/rounds');
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
    await expectNoSidewaysScrolling(page);
    await page.screenshot({
      path: `target/e2e-results/rounds-${language}-phone.png`,
      fullPage: true,
    });
  });
}
