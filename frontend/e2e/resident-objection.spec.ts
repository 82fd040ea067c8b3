import { readFileSync } from 'node:fs';

import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

import { expectAccessible } from './axe';
import {
  expectNoSidewaysScrolling,
  expectThumbSized,
  openAsResident,
  phone,
} from './resident-phone';
import { basicAuth } from './sign-in';

/** Where the objected house stands, as the phone reports it: Parit Baru, just south of the equator. */
const position = { latitude: -0.0321, longitude: 109.3456, accuracy: 10 };

/** Residents object on their own phones, standing near the house: 360 CSS pixels wide, the position allowed. */
test.use({
  viewport: phone,
  geolocation: position,
  permissions: ['geolocation'],
});

/** Teluk Empening, in Terentang, Kubu Raya: the demo's village the status check asks about too. */
const villageChain = ['61', '61.12', '61.12.04', '61.12.04.2002'];
const village = '61.12.04.2002';

/** The objected house, as the resident photographs it: a real JPEG. */
const housePhoto = {
  name: 'rumah-depan.jpg',
  mimeType: 'image/jpeg',
  buffer: readFileSync('e2e/fixtures/rumah-depan.jpg'),
};

const oneDay = 24 * 60 * 60 * 1000;
const fourteenDays = 14 * oneDay;

/** What the pages say, in each language, as a resident reads them. */
const words = {
  id: {
    title: 'Sanggahan rumah tangga di DTKS',
    levels: ['Provinsi', 'Kabupaten/kota', 'Kecamatan', 'Desa/kelurahan'],
    whoObjected: 'Rumah tangga yang disanggah tidak akan diberi tahu siapa yang menyanggah.',
    objectorNik: 'NIK Anda',
    objectorName: 'Nama Anda',
    objectedName: 'Nama orang yang disanggah',
    objectedAddress: 'Alamat atau ciri-ciri rumahnya',
    wellOff: 'Sudah mampu',
    statement: 'Keterangan',
    housePhoto: 'Foto rumah tersebut',
    usePosition: 'Gunakan posisi saya',
    positionRead: 'Posisi terbaca: -0.03210, 109.34560',
    submit: 'Kirim sanggahan',
    receipt: 'Sanggahan terkirim',
    lapses: (date: string) => `Bila belum diverifikasi, sanggahan ini gugur pada ${date}.`,
    follow: 'Ikuti perkembangannya di halaman Cek status',
    tracking: 'Pelacakan usulan atau sanggahan',
    trackCode: 'Kode pelacakan',
    trackNik: 'NIK Anda',
    trackSubmit: 'Lihat perkembangan',
    answerTitle: (code: string) => `Sanggahan ${code}`,
    waiting: 'Menunggu jawaban operator desa/kelurahan sejak',
  },
  en: {
    title: 'Object to a household on the DTKS',
    levels: ['Province', 'District', 'Kecamatan', 'Village'],
    whoObjected: 'The household objected to is never told who objected.',
    objectorNik: 'Your NIK',
    objectorName: 'Your name',
    objectedName: 'Name of the person objected to',
    objectedAddress: 'Their address, or how to recognise the house',
    wellOff: 'Well off',
    statement: 'Statement',
    housePhoto: 'Photo of that house',
    usePosition: 'Use my position',
    positionRead: 'Position read: -0.03210, 109.34560',
    submit: 'Send the objection',
    receipt: 'Objection sent',
    lapses: (date: string) => `If not verified, this objection lapses on ${date}.`,
    follow: 'Follow it on the status page',
    tracking: 'Proposal or objection tracking',
    trackCode: 'Tracking code',
    trackNik: 'Your NIK',
    trackSubmit: 'See progress',
    answerTitle: (code: string) => `Objection ${code}`,
    waiting: "Waiting for the village operator's answer since",
  },
};
type Language = keyof typeof words;

interface Neighbours {
  /** A resident on the registry in the village, who may object: their full NIK and name. */
  objector: { nik: string; name: string };
  /** Another household of the village, objected to by its head's name and its address. */
  objected: { name: string; address: string };
}

/**
 * The village's registry as its operator reads it over the API (HTTP Basic on the test's own request context: the
 * page never signs in): the `nth` active member of an active household objects to the head of an active household at
 * the other end of the list. Each language takes other people, past those the status check asks about, so that no
 * NIK nears its allowance of submissions or of lookups.
 */
async function neighbours(request: APIRequestContext, nth: number): Promise<Neighbours> {
  const headers = basicAuth('op-6112042002');
  const listed = await request.get(`/api/households?region=${village}&size=100`, { headers });
  expect(listed.ok()).toBe(true);
  const active = (
    (await listed.json()) as {
      content: {
        id: number;
        status: string;
        headName: string;
        address: string;
        rt: string;
        rw: string;
      }[];
    }
  ).content.filter((household) => household.status === 'ACTIVE');
  const objected = active.at(-1 - nth);
  expect(objected, `an active household at the end of ${village}'s list`).toBeDefined();
  let skipped = 0;
  for (const household of active.filter((candidate) => candidate.id !== objected?.id)) {
    const read = await request.get(`/api/households/${household.id}`, { headers });
    expect(read.ok()).toBe(true);
    const { members } = (await read.json()) as {
      members: { nik: string; name: string; status: string }[];
    };
    for (const member of members.filter((candidate) => candidate.status === 'ACTIVE')) {
      if (skipped < nth + 4) {
        skipped += 1;
        continue;
      }
      return {
        objector: { nik: member.nik, name: member.name },
        objected: {
          name: objected?.headName ?? '',
          address: `${objected?.address ?? ''} RT ${objected?.rt ?? ''} RW ${objected?.rw ?? ''}`,
        },
      };
    }
  }
  throw new Error(`no ${nth + 5}th active member on the registry in ${village}`);
}

/** A day as the page writes it out in full, in the page's language and on the phone's clock. */
function longDate(page: Page, language: Language, instant: string) {
  return page.evaluate(
    ([locale, at]) => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(at)),
    [language === 'id' ? 'id-ID' : 'en-GB', instant] as const,
  );
}

for (const language of ['id', 'en'] as const) {
  test(`a resident on the registry objects to a household of their village, and follows it (${language})`, async ({
    page,
    request,
  }) => {
    const say = words[language];
    const { objector, objected } = await neighbours(request, language === 'id' ? 0 : 1);

    await openAsResident(page, '/sanggah', language);
    await expect(page.getByRole('heading', { level: 1, name: say.title })).toBeVisible();
    await expect(page.getByText(say.whoObjected)).toBeVisible();
    await expect(page.getByRole('combobox', { name: say.levels[0], exact: true })).toBeEnabled();
    await expectAccessible(page, `resident objection form (${language})`);
    await expectThumbSized(page);
    await expectNoSidewaysScrolling(page);

    for (const [index, level] of say.levels.entries()) {
      // Waits for each list to arrive once the level above is chosen.
      await page
        .getByRole('combobox', { name: level, exact: true })
        .selectOption(villageChain[index]);
    }
    await page.getByLabel(say.objectorNik, { exact: true }).fill(objector.nik);
    await page.getByLabel(say.objectorName, { exact: true }).fill(objector.name);
    await page.getByLabel(say.objectedName, { exact: true }).fill(objected.name);
    await page.getByLabel(say.objectedAddress, { exact: true }).fill(objected.address);
    await page.getByRole('radio', { name: say.wellOff }).check();
    await page.getByLabel(say.statement, { exact: true }).fill('Memiliki toko dan dua mobil');
    await page.getByLabel(say.housePhoto, { exact: true }).setInputFiles(housePhoto);
    await page.getByRole('button', { name: say.usePosition }).click();
    await expect(page.getByText(say.positionRead)).toBeVisible();
    await expectAccessible(page, `resident objection form, filled in (${language})`);
    await expectNoSidewaysScrolling(page);
    await page.screenshot({
      path: `../docs/screenshots/resident-objection-${language}.png`,
      fullPage: true,
    });

    const answered = page.waitForResponse(
      (response) =>
        response.url().endsWith('/api/public/objections') && response.request().method() === 'POST',
    );
    await page.getByRole('button', { name: say.submit }).click();
    const response = await answered;
    expect(response.status()).toBe(201);
    const { trackingCode, submittedAt, lapsesAt } = (await response.json()) as {
      trackingCode: string;
      submittedAt: string;
      lapsesAt: string;
    };
    // The position as the phone read it reached the village operator.
    const intake = await page.request.get(`/api/intake/${trackingCode}`, {
      headers: basicAuth('op-6112042002'),
    });
    expect(intake.status()).toBe(200);
    const { objection } = (await intake.json()) as { objection: object };
    expect(objection).toMatchObject({
      latitude: position.latitude,
      longitude: position.longitude,
    });
    // Lapses 14 days after it came in, unless verified (by the end of that day at the latest).
    const lapsesAfter = Date.parse(lapsesAt) - Date.parse(submittedAt);
    expect(lapsesAfter).toBeGreaterThanOrEqual(fourteenDays - 60_000);
    expect(lapsesAfter).toBeLessThanOrEqual(fourteenDays + oneDay);

    const receipt = page.getByRole('region', { name: say.receipt });
    await expect(receipt.locator('.resident-code')).toHaveText(trackingCode);
    expect(trackingCode).toMatch(/^SGH-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    await expect(receipt).toContainText(say.lapses(await longDate(page, language, lapsesAt)));
    await expect(receipt).not.toContainText(objector.nik);
    await expectAccessible(page, `resident objection receipt (${language})`);
    await expectThumbSized(page);
    await expectNoSidewaysScrolling(page);
    await page.screenshot({
      path: `../docs/screenshots/resident-objection-receipt-${language}.png`,
      fullPage: true,
    });

    await receipt.getByRole('link', { name: say.follow }).click();
    await expect(page).toHaveURL(/\/cek\?kode=SGH-/);
    const tracking = page.getByRole('form', { name: say.tracking });
    // As a resident copies it off a note: in lower case, without its dashes.
    await tracking
      .getByLabel(say.trackCode, { exact: true })
      .fill(trackingCode.toLowerCase().replaceAll('-', ''));
    await tracking.getByLabel(say.trackNik, { exact: true }).fill(objector.nik);
    await tracking.getByRole('button', { name: say.trackSubmit }).click();

    const answer = page
      .getByRole('status')
      .getByRole('region', { name: say.answerTitle(trackingCode) });
    await expect(answer).toContainText(say.waiting);
    await expect(answer).toContainText(say.lapses(await longDate(page, language, lapsesAt)));
    await expect(answer).not.toContainText(objector.nik);
    await expectAccessible(page, `resident objection followed (${language})`);
    await page.screenshot({
      path: `../docs/screenshots/resident-objection-followed-${language}.png`,
      fullPage: true,
    });
  });
}
