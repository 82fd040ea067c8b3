/**
 * The rules a NIK meets on its face, as the server checks them (household/Nik.java): 16 digits;
 * digits 1–6 the kecamatan of registration; digits 7–12 the birth date DDMMYY, with 40 added to the
 * day for women; digits 13–16 a serial from 0001. Whether the kecamatan exists needs the region
 * list, so it is asked separately (`subdistrictCode`, then `GET /api/regions/{code}`).
 */
export type NikRule = 'format' | 'birthDate' | 'serial' | 'subdistrict';

const womenDayOffset = 40;

/** `nik.format`, …: the same keys as the server's messages, under `change:nik`. */
export const nikMessageKey = (rule: NikRule) => `nik.${rule}` as const;

/** A calendar day; `month` from 1. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function today(now = new Date()): CalendarDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

function isRealDate({ year, month, day }: CalendarDate) {
  if (month < 1 || month > 12 || day < 1) {
    return false;
  }
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isAfter(a: CalendarDate, b: CalendarDate) {
  return a.year * 10000 + a.month * 100 + a.day > b.year * 10000 + b.month * 100 + b.day;
}

/**
 * The birth date a 16-digit NIK encodes, if it is a real date no later than `on`. The two-digit
 * year is read as the latest date that is not in the future, so a NIK cannot tell a centenarian
 * from a baby.
 */
export function nikBirthDate(nik: string, on: CalendarDate = today()): CalendarDate | undefined {
  let day = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const year = Number(nik.slice(10, 12));
  if (day > womenDayOffset) {
    day -= womenDayOffset;
  }
  const century = Math.floor(on.year / 100) * 100;
  const thisCentury = { year: century + year, month, day };
  if (isRealDate(thisCentury) && !isAfter(thisCentury, on)) {
    return thisCentury;
  }
  const lastCentury = { year: century - 100 + year, month, day };
  return isRealDate(lastCentury) ? lastCentury : undefined;
}

/** Women's NIKs carry their birth day plus 40. */
export const nikSex = (nik: string) =>
  Number(nik.slice(6, 8)) > womenDayOffset ? 'FEMALE' : 'MALE';

/** The kecamatan code of a 16-digit NIK in Kemendagri form: `611204…` gives `61.12.04`. */
export const subdistrictCode = (nik: string) =>
  `${nik.slice(0, 2)}.${nik.slice(2, 4)}.${nik.slice(4, 6)}`;

export const isSixteenDigits = (value: string) => /^\d{16}$/.test(value);

/**
 * The rules a NIK breaks that need no region list, in the server's order; none when it meets them.
 * A NIK that is not 16 digits breaks only `format`: the other rules need its parts.
 */
export function nikFormatRules(nik: string, on: CalendarDate = today()): NikRule[] {
  if (!isSixteenDigits(nik)) {
    return ['format'];
  }
  const broken: NikRule[] = [];
  if (!nikBirthDate(nik, on)) {
    broken.push('birthDate');
  }
  if (nik.endsWith('0000')) {
    broken.push('serial');
  }
  return broken;
}

/**
 * Every rule a NIK breaks, the kecamatan's existence answered by `subdistrictExists`; ordered as the
 * server orders them (format, subdistrict, birth date, serial), so the first is the one it reports.
 */
export function nikRules(
  nik: string,
  subdistrictExists: (code: string) => boolean,
  on: CalendarDate = today(),
): NikRule[] {
  const faceRules = nikFormatRules(nik, on);
  if (faceRules[0] === 'format') {
    return faceRules;
  }
  return subdistrictExists(subdistrictCode(nik)) ? faceRules : ['subdistrict', ...faceRules];
}

/** A family card (KK) number: the server asks only for 16 digits (ValidProposedNumbers). */
export const kkNumberValid = isSixteenDigits;

/** What a NIK says that the person's sex or birth date beside it does not. */
export type NikContradiction = 'sex' | 'birthDate';

/**
 * Where a NIK that meets its face rules disagrees with its holder (household/Nik.java): the sex
 * its day says, and its DDMMYY against the birth date (`YYYY-MM-DD`) by day, month and the year's
 * last two digits. Parts not yet entered contradict nothing.
 */
export function nikContradictions(
  nik: string,
  sex: string | undefined,
  birthDate: string | undefined,
  on: CalendarDate = today(),
): NikContradiction[] {
  if (nikFormatRules(nik, on).length > 0) {
    return [];
  }
  const found: NikContradiction[] = [];
  if (sex && sex !== nikSex(nik)) {
    found.push('sex');
  }
  const entered = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate ?? '');
  if (entered) {
    let day = Number(nik.slice(6, 8));
    if (day > womenDayOffset) {
      day -= womenDayOffset;
    }
    const same =
      day === Number(entered[3]) &&
      Number(nik.slice(8, 10)) === Number(entered[2]) &&
      Number(nik.slice(10, 12)) === Number(entered[1]) % 100;
    if (!same) {
      found.push('birthDate');
    }
  }
  return found;
}

/** A NIK's birth date as the KTP writes it: `18-08-1941`. */
export function nikBirthDateText(nik: string, on: CalendarDate = today()) {
  const date = nikBirthDate(nik, on);
  const pad = (n: number) => String(n).padStart(2, '0');
  return date ? `${pad(date.day)}-${pad(date.month)}-${date.year}` : '';
}
