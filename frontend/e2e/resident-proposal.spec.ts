import { readFileSync } from 'node:fs';

import { expect, test, type Browser } from '@playwright/test';

import { expectAccessible } from './axe';
import {
  expectNoSidewaysScrolling,
  expectThumbSized,
  openAsResident,
  phone,
} from './resident-phone';
import { signIn } from './sign-in';

/** Residents propose on their own phones: the narrowest common one is 360 CSS pixels wide. */
test.use({ viewport: phone });

/** Teluk Empening, in Terentang, Kubu Raya: the demo's village the status check asks about too. */
const villageChain = ['61', '61.12', '61.12.04', '61.12.04.2002'];

/** The front of a house, as a phone takes it: a real JPEG. */
const housePhoto = {
  name: 'rumah-depan.jpg',
  mimeType: 'image/jpeg',
  buffer: readFileSync('e2e/fixtures/rumah-depan.jpg'),
};

/** The family card as one photo: the smallest valid PNG there is (1 × 1 pixel), enough for the server to read. */
const familyCardPhoto = {
  name: 'kartu-keluarga.png',
  mimeType: 'image/png',
  buffer: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
};

/** What the pages say, in each language, as a resident reads them. */
const words = {
  id: {
    title: 'Usulan rumah tangga miskin',
    levels: ['Provinsi', 'Kabupaten/kota', 'Kecamatan', 'Desa/kelurahan'],
    submitterNik: 'NIK Anda',
    submitterName: 'Nama Anda',
    phone: 'Nomor HP',
    own: 'Rumah tangga saya sendiri',
    reason: 'Keadaan rumah tangga ini',
    address: 'Alamat',
    rt: 'RT',
    rw: 'RW',
    kkNumber: 'Nomor Kartu Keluarga (KK)',
    member: (number: number) => `Anggota ${number}`,
    memberNik: 'NIK',
    memberName: 'Nama lengkap',
    birthDate: 'Tanggal lahir',
    sex: 'Jenis kelamin',
    relationship: 'Hubungan dengan kepala keluarga',
    addMember: 'Tambah anggota',
    housePhoto: 'Foto rumah tampak depan',
    familyCard: 'Kartu Keluarga (KK)',
    submit: 'Kirim usulan',
    receipt: 'Usulan terkirim',
    writeDown: 'Catat kode ini. Hanya dengan kode ini dan NIK Anda, perkembangannya dapat diikuti.',
    due: 'Operator desa/kelurahan akan menjawab paling lambat',
    copy: 'Salin kode',
    copied: /Kode sudah disalin\.|Kode tidak dapat disalin otomatis/,
    follow: 'Ikuti perkembangannya di halaman Cek status',
    trackCode: 'Kode pelacakan',
    trackNik: 'NIK Anda',
    trackSubmit: 'Lihat perkembangan',
    answerTitle: (code: string) => `Usulan ${code}`,
    waiting: 'Menunggu jawaban operator desa/kelurahan sejak',
    answerDue: 'Operator desa/kelurahan menjawab paling lambat',
  },
  en: {
    title: 'Propose a poor household',
    levels: ['Province', 'District', 'Kecamatan', 'Village'],
    submitterNik: 'Your NIK',
    submitterName: 'Your name',
    phone: 'Mobile number',
    own: 'My own household',
    reason: "The household's situation",
    address: 'Address',
    rt: 'RT',
    rw: 'RW',
    kkNumber: 'Family card (KK) number',
    member: (number: number) => `Member ${number}`,
    memberNik: 'NIK',
    memberName: 'Full name',
    birthDate: 'Date of birth',
    sex: 'Sex',
    relationship: 'Relationship to the head of the household',
    addMember: 'Add a member',
    housePhoto: 'Photo of the front of the house',
    familyCard: 'Family card (KK)',
    submit: 'Send the proposal',
    receipt: 'Proposal sent',
    writeDown:
      'Write this code down: with your NIK, it is the only way to follow what happens next.',
    due: 'The village operator will answer by',
    copy: 'Copy the code',
    copied: /The code is copied\.|The code could not be copied automatically/,
    follow: 'Follow it on the status page',
    trackCode: 'Tracking code',
    trackNik: 'Your NIK',
    trackSubmit: 'See progress',
    answerTitle: (code: string) => `Proposal ${code}`,
    waiting: "Waiting for the village operator's answer since",
    answerDue: 'The village operator answers by',
  },
};
type Language = keyof typeof words;

/**
 * NIKs and a family card number of Terentang that nobody holds: born on 1 January 1980 (a woman: 41) and 2010, with
 * serials from 5000 up, past any the demo gives out, and another each run so that a NIK's daily allowance of
 * submissions is not used up by running the test again against the same server.
 */
function newFamily(language: Language) {
  const serial = String(5000 + ((Date.now() + (language === 'id' ? 0 : 1)) % 5000)).padStart(
    4,
    '0',
  );
  return {
    mother: { nik: `611204410180${serial}`, name: 'Siti Aminah' },
    son: { nik: `611204010110${serial}`, name: 'Rudi Hartono' },
    kkNumber: `611204010120${serial}`,
  };
}

for (const language of ['id', 'en'] as const) {
  test(`a resident proposes their own household and follows it, without an account (${language})`, async ({
    page,
    context,
    browser,
  }) => {
    const say = words[language];
    const family = newFamily(language);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);

    await openAsResident(page, '/usul', language);
    await expect(page.getByRole('heading', { level: 1, name: say.title })).toBeVisible();
    await expect(page.getByRole('combobox', { name: say.levels[0], exact: true })).toBeEnabled();

    for (const [index, level] of say.levels.entries()) {
      // Waits for each list to arrive once the level above is chosen.
      await page
        .getByRole('combobox', { name: level, exact: true })
        .selectOption(villageChain[index]);
    }
    await page.getByLabel(say.submitterNik, { exact: true }).fill(family.mother.nik);
    await page.getByLabel(say.submitterName, { exact: true }).fill(family.mother.name);
    await page.getByLabel(say.phone, { exact: true }).fill('0812 3456 7890');
    await page.getByRole('radio', { name: say.own }).check();
    await page
      .getByLabel(say.reason, { exact: true })
      .fill('Suami meninggal, tidak ada penghasilan tetap');
    await page.getByLabel(say.address, { exact: true }).fill('Jl. Parit Baru');
    await page.getByLabel(say.rt, { exact: true }).fill('3');
    await page.getByLabel(say.rw, { exact: true }).fill('1');
    await page.getByLabel(say.kkNumber, { exact: true }).fill(family.kkNumber);

    const mother = page.getByRole('group', { name: say.member(1), exact: true });
    await mother.getByLabel(say.memberNik, { exact: true }).fill(family.mother.nik);
    await mother.getByLabel(say.memberName, { exact: true }).fill(family.mother.name);
    await mother.getByLabel(say.birthDate, { exact: true }).fill('1980-01-01');
    await mother.getByLabel(say.sex, { exact: true }).selectOption('FEMALE');
    // The first member is the head of the household unless changed.
    await expect(mother.getByLabel(say.relationship, { exact: true })).toHaveValue('HEAD');

    await page.getByRole('button', { name: say.addMember }).click();
    const son = page.getByRole('group', { name: say.member(2), exact: true });
    await expect(son.getByLabel(say.memberNik, { exact: true })).toBeFocused();
    await son.getByLabel(say.memberNik, { exact: true }).fill(family.son.nik);
    await son.getByLabel(say.memberName, { exact: true }).fill(family.son.name);
    await son.getByLabel(say.birthDate, { exact: true }).fill('2010-01-01');
    await son.getByLabel(say.sex, { exact: true }).selectOption('MALE');
    await son.getByLabel(say.relationship, { exact: true }).selectOption('CHILD');

    await page.getByLabel(say.housePhoto, { exact: true }).setInputFiles(housePhoto);
    await page.getByLabel(say.familyCard, { exact: true }).setInputFiles(familyCardPhoto);
    await expect(page.getByText(/kartu-keluarga\.png/)).toBeVisible();

    await expectAccessible(page, `resident proposal form (${language})`);
    await expectThumbSized(page);
    await expectNoSidewaysScrolling(page);
    await page.screenshot({
      path: `../docs/screenshots/resident-proposal-${language}.png`,
      fullPage: true,
    });

    const sent = page.waitForResponse(
      (response) =>
        response.url().endsWith('/api/public/proposals') && response.request().method() === 'POST',
    );
    await page.getByRole('button', { name: say.submit }).click();
    expect((await sent).status()).toBe(201);

    const receipt = page.getByRole('region', { name: say.receipt });
    await expect(receipt).toContainText(/USL-[0-9A-Z]{4}-[0-9A-Z]{4}/);
    const code = (await receipt.locator('.resident-code').textContent()) ?? '';
    expect(code).toMatch(/^USL-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    await expect(receipt).toContainText(say.writeDown);
    await expect(receipt).toContainText(say.due);
    await expect(receipt).not.toContainText(family.mother.nik);
    await receipt.getByRole('button', { name: say.copy }).click();
    await expect(receipt.getByRole('status')).toContainText(say.copied);
    await expectAccessible(page, `resident proposal receipt (${language})`);
    await expectThumbSized(page);
    await expectNoSidewaysScrolling(page);
    await page.screenshot({
      path: `../docs/screenshots/resident-proposal-receipt-${language}.png`,
      fullPage: true,
    });

    // Followed on the status page, the code filled in: the NIK is all there is to type.
    await receipt.getByRole('link', { name: say.follow }).click();
    await expect(page).toHaveURL(/\/cek\?kode=USL-/);
    const tracking = page.getByRole('form', {
      name:
        language === 'id' ? 'Pelacakan usulan atau sanggahan' : 'Proposal or objection tracking',
    });
    await expect(tracking.getByLabel(say.trackCode, { exact: true })).toHaveValue(code);
    await tracking.getByLabel(say.trackNik, { exact: true }).fill(family.mother.nik);
    await tracking.getByRole('button', { name: say.trackSubmit }).click();

    const answer = page.getByRole('status').getByRole('region', { name: say.answerTitle(code) });
    await expect(answer).toContainText(say.waiting);
    await expect(answer).toContainText(say.answerDue);
    await expect(answer).not.toContainText(family.mother.nik);
    await expectAccessible(page, `resident proposal followed (${language})`);
    await expectNoSidewaysScrolling(page);

    if (language === 'id') {
      await theOperatorRefuses(browser, code, family.mother.nik);
      // The resident asks again and reads the operator's reason.
      await tracking.getByRole('button', { name: say.trackSubmit }).click();
      await expect(answer).toContainText(
        'Rumah tangga ini sudah terdaftar sebagai anggota KK lain',
      );
    }
  });
}

/**
 * Teluk Empening's operator finds the proposal above the inbox's tasks, opens it, sees the proposer's NIK masked and
 * refuses it with a reason: a refusal leaves the village's households and changes as they were, for the other specs.
 */
async function theOperatorRefuses(browser: Browser, code: string, residentNik: string) {
  const office = await browser.newContext({
    baseURL: process.env.VERIVALI_URL ?? 'http://localhost:8080',
    locale: 'id-ID',
    viewport: { width: 1280, height: 900 },
  });
  const operator = await office.newPage();
  try {
    await signIn(operator, 'op-6112042002');
    await operator.goto('/inbox');
    const section = operator.getByRole('region', { name: 'Usulan & sanggah warga' });
    await section.getByRole('link', { name: code }).click();
    await expect(operator).toHaveURL(new RegExp(`/intake/${code}$`));
    await expect(operator.getByRole('heading', { level: 1 })).toContainText(code);
    // The proposer's NIK masked; the members' NIKs in full, as the change will carry them.
    await expect(operator.locator('main')).toContainText(
      `NIK${residentNik.slice(0, 6)}******${residentNik.slice(12)}`,
    );
    await expectAccessible(operator, 'intake of a resident proposal');
    await operator.screenshot({ path: '../docs/screenshots/intake-proposal.png', fullPage: true });

    // antd's radio buttons hide the input under their label, which is what a hand taps.
    await operator.getByText('Tolak usulan', { exact: true }).click();
    await expect(operator.getByRole('radio', { name: 'Tolak usulan' })).toBeChecked();
    await operator
      .getByLabel('Alasan', { exact: true })
      .fill('Rumah tangga ini sudah terdaftar sebagai anggota KK lain');
    await operator.getByRole('button', { name: 'Simpan keputusan' }).click();
    await expect(operator.locator('main')).toContainText('Keputusan tersimpan.');
  } finally {
    await office.close();
  }
}
