import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

import { expectAccessible } from './axe';
import {
  expectNoSidewaysScrolling,
  expectThumbSized,
  openAsResident,
  phone,
} from './resident-phone';
import { basicAuth } from './sign-in';

/** Residents check on their own phones: the narrowest common one is 360 CSS pixels wide. */
test.use({ viewport: phone });

/** Teluk Empening, in Terentang, Kubu Raya: the demo's village with households to ask about. */
const villageChain = ['61', '61.12', '61.12.04', '61.12.04.2002'];
const village = '61.12.04.2002';

type Stage =
  | 'CHECKS'
  | 'FIELD_CHECK'
  | 'VILLAGE_DELIBERATION'
  | 'SUBDISTRICT_PLENARY'
  | 'DISTRICT_VERIFICATION'
  | 'DISTRICT_APPROVAL'
  | 'MINISTRY_DETERMINATION';

/** What the page says, in each language, as a resident reads it. */
const words = {
  id: {
    title: 'Cek status DTKS',
    levels: ['Provinsi', 'Kabupaten/kota', 'Kecamatan', 'Desa/kelurahan'],
    nik: 'NIK',
    name: 'Nama lengkap',
    submit: 'Cek status',
    answerTitle: 'Hasil pengecekan',
    onRegistry: (village: string) => `Anda terdaftar di DTKS, di desa/kelurahan ${village}.`,
    since: 'Sejak',
    noChange: 'Tidak ada perubahan data rumah tangga Anda yang sedang diproses.',
    notFoundTitle: 'Data tidak ditemukan',
    notFound: 'Tidak ada anggota DTKS dengan NIK dan nama ini di desa/kelurahan yang dipilih.',
    stages: {
      CHECKS: 'Pemeriksaan otomatis',
      FIELD_CHECK: 'Verifikasi lapangan',
      VILLAGE_DELIBERATION: 'Musyawarah desa/kelurahan',
      SUBDISTRICT_PLENARY: 'Rapat pleno kecamatan',
      DISTRICT_VERIFICATION: 'Verifikasi kabupaten/kota',
      DISTRICT_APPROVAL: 'Pengesahan kepala dinas sosial',
      MINISTRY_DETERMINATION: 'Penetapan Kementerian Sosial',
    } satisfies Record<Stage, string>,
  },
  en: {
    title: 'Check your DTKS status',
    levels: ['Province', 'District', 'Kecamatan', 'Village'],
    nik: 'NIK',
    name: 'Full name',
    submit: 'Check status',
    answerTitle: 'Result',
    onRegistry: (village: string) => `You are on the DTKS, in the village of ${village}.`,
    since: 'Since',
    noChange: "No change to your household's data is being processed.",
    notFoundTitle: 'Not found',
    notFound: 'No DTKS member with this NIK and name is registered in the chosen village.',
    stages: {
      CHECKS: 'Automatic checks',
      FIELD_CHECK: 'Field check',
      VILLAGE_DELIBERATION: 'Village deliberation',
      SUBDISTRICT_PLENARY: 'Kecamatan plenary',
      DISTRICT_VERIFICATION: 'District verification',
      DISTRICT_APPROVAL: "Dinas Sosial head's approval",
      MINISTRY_DETERMINATION: 'Ministry of Social Affairs determination',
    } satisfies Record<Stage, string>,
  },
};
type Language = keyof typeof words;

interface Resident {
  nik: string;
  name: string;
  villageName: string;
  /** The stages of the changes about their household in progress, read just before asking. */
  stagesInProgress: Stage[];
}

/**
 * The `nth` active member of an active household of Teluk Empening, with their full NIK and name, as the village's
 * operator reads them over the API (HTTP Basic on the test's own request context: the page never signs in). Each
 * language asks about another member, so that no NIK nears its hourly allowance of lookups.
 */
async function aResident(request: APIRequestContext, nth: number): Promise<Resident> {
  const headers = basicAuth('op-6112042002');
  const listed = await request.get(`/api/households?region=${village}&size=100`, { headers });
  expect(listed.ok()).toBe(true);
  const { content } = (await listed.json()) as { content: { id: number; status: string }[] };
  let skipped = 0;
  for (const household of content.filter((candidate) => candidate.status === 'ACTIVE')) {
    const read = await request.get(`/api/households/${household.id}`, { headers });
    expect(read.ok()).toBe(true);
    const { villageName, members } = (await read.json()) as {
      villageName: string;
      members: { nik: string; name: string; status: string }[];
    };
    for (const member of members.filter((candidate) => candidate.status === 'ACTIVE')) {
      if (skipped < nth) {
        skipped += 1;
        continue;
      }
      const changes = await request.get(
        `/api/change-requests?household=${household.id}&status=IN_PROGRESS`,
        { headers },
      );
      expect(changes.ok()).toBe(true);
      const inProgress = ((await changes.json()) as { content: { stage: Stage }[] }).content;
      return {
        nik: member.nik,
        name: member.name,
        villageName,
        stagesInProgress: inProgress.map((change) => change.stage),
      };
    }
  }
  throw new Error(`no ${nth + 1}th active member on the registry in ${village}`);
}

async function ask(page: Page, language: Language, nik: string, name: string) {
  const say = words[language];
  for (const [index, level] of say.levels.entries()) {
    // Waits for each list to arrive once the level above is chosen.
    await page
      .getByRole('combobox', { name: level, exact: true })
      .selectOption(villageChain[index]);
  }
  await page.getByLabel(say.nik, { exact: true }).fill(nik);
  await page.getByLabel(say.name, { exact: true }).fill(name);
  await page.getByRole('button', { name: say.submit }).click();
}

for (const language of ['id', 'en'] as const) {
  test(`a resident checks their own status without an account (${language})`, async ({
    page,
    request,
  }) => {
    const say = words[language];
    const resident = await aResident(request, language === 'id' ? 0 : 1);

    await openAsResident(page, '/cek', language);
    await expect(page.getByRole('heading', { level: 1, name: say.title })).toBeVisible();
    // The provinces have arrived: the first list is ready to choose from.
    await expect(page.getByRole('combobox', { name: say.levels[0], exact: true })).toBeEnabled();
    await expectAccessible(page, `resident status check (${language})`);
    await expectThumbSized(page);
    await expectNoSidewaysScrolling(page);

    await ask(page, language, resident.nik, resident.name);

    const answer = page.getByRole('status').getByRole('region', { name: say.answerTitle });
    await expect(answer).toContainText(say.onRegistry(resident.villageName));
    if (resident.stagesInProgress.length > 0) {
      const stageNames = resident.stagesInProgress.map((stage) => say.stages[stage]);
      await expect(answer).toContainText(new RegExp(stageNames.map(escapeRegExp).join('|')));
      await expect(answer).toContainText(say.since);
    } else {
      await expect(answer).toContainText(say.noChange);
    }
    await expect(answer).not.toContainText(resident.nik);
    await expectAccessible(page, `resident status answer (${language})`);
    await page.screenshot({
      path: `../docs/screenshots/resident-status-${language}.png`,
      fullPage: true,
    });
    await expectNoSidewaysScrolling(page);

    // The same NIK with another name: "not found", as for an unknown NIK.
    await page.getByLabel(say.name, { exact: true }).fill(`${resident.name} Bukan`);
    await page.getByRole('button', { name: say.submit }).click();

    const notFound = page.getByRole('status').getByRole('region', { name: say.notFoundTitle });
    await expect(notFound).toContainText(say.notFound);
    await expect(page.getByLabel(say.nik, { exact: true })).toHaveValue(resident.nik);
    await expectAccessible(page, `resident status, not found (${language})`);
  });
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
