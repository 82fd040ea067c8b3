import { describe, expect, it } from 'vitest';

import {
  kkNumberValid,
  nikBirthDate,
  nikBirthDateText,
  nikContradictions,
  nikFormatRules,
  nikRules,
  nikSex,
  subdistrictCode,
} from '../nik-rules';

const on = { year: 2026, month: 3, day: 2 };
const known = (code: string) => code === '61.12.04';

describe('NIK rules', () => {
  it('accepts a man’s NIK with a real birth date, a known kecamatan and a serial', () => {
    expect(nikRules('6112041203850001', known, on)).toEqual([]);
    expect(nikBirthDate('6112041203850001', on)).toEqual({ year: 1985, month: 3, day: 12 });
    expect(nikSex('6112041203850001')).toBe('MALE');
  });

  it('reads a woman’s birth day with 40 added', () => {
    expect(nikRules('6112046205900002', known, on)).toEqual([]);
    expect(nikBirthDate('6112046205900002', on)).toEqual({ year: 1990, month: 5, day: 22 });
    expect(nikSex('6112046205900002')).toBe('FEMALE');
    expect(nikBirthDate('6112047112990001', on)).toEqual({ year: 1999, month: 12, day: 31 });
  });

  it('refuses a day beyond 31 for men and beyond 71 for women, and day 00 or 40', () => {
    expect(nikFormatRules('6112043203850001', on)).toEqual(['birthDate']);
    expect(nikFormatRules('6112047203850001', on)).toEqual(['birthDate']);
    expect(nikFormatRules('6112040003850001', on)).toEqual(['birthDate']);
    expect(nikFormatRules('6112044003850001', on)).toEqual(['birthDate']);
  });

  it('refuses month 00 and 13', () => {
    expect(nikFormatRules('6112041200850001', on)).toEqual(['birthDate']);
    expect(nikFormatRules('6112041213850001', on)).toEqual(['birthDate']);
  });

  it('takes 29 February only in a leap year, for women too', () => {
    expect(nikBirthDate('6112042902240001', on)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(nikBirthDate('6112046902000001', on)).toEqual({ year: 2000, month: 2, day: 29 });
    expect(nikFormatRules('6112042902230001', on)).toEqual(['birthDate']);
    expect(nikFormatRules('6112046902250001', on)).toEqual(['birthDate']);
  });

  it('reads the year as the latest date not in the future, rolling back a century', () => {
    expect(nikBirthDate('6112040203260001', on)).toEqual({ year: 2026, month: 3, day: 2 });
    expect(nikBirthDate('6112040303260001', on)).toEqual({ year: 1926, month: 3, day: 3 });
    expect(nikBirthDate('6112040101270001', on)).toEqual({ year: 1927, month: 1, day: 1 });
    expect(nikBirthDate('6112040101000001', on)).toEqual({ year: 2000, month: 1, day: 1 });
  });

  it('refuses a 29 February whose only non-future reading is not a leap year', () => {
    // 2028 is in the future on 2 March 2026, and 1928 was a leap year: 29-02-1928.
    expect(nikBirthDate('6112042902280001', on)).toEqual({ year: 1928, month: 2, day: 29 });
    // 2000 is a leap year, 1900 is not: on 28 February 2000, 29-02-00 is the future, 1900 no date.
    expect(nikFormatRules('6112042902000001', { year: 2000, month: 2, day: 28 })).toEqual([
      'birthDate',
    ]);
  });

  it('refuses the serial 0000 and accepts 0001', () => {
    expect(nikFormatRules('6112041203850000', on)).toEqual(['serial']);
    expect(nikFormatRules('6112041203850001', on)).toEqual([]);
  });

  it('refuses anything but 16 digits, and then names no other rule', () => {
    expect(nikFormatRules('', on)).toEqual(['format']);
    expect(nikFormatRules('611204120385000', on)).toEqual(['format']);
    expect(nikFormatRules('61120412038500011', on)).toEqual(['format']);
    expect(nikFormatRules('61120412038500a1', on)).toEqual(['format']);
    expect(nikFormatRules('6112 04120385001', on)).toEqual(['format']);
    expect(nikFormatRules('６１１２０４１２０３８５０００１', on)).toEqual(['format']);
    expect(nikRules('0000003203850000', known, on)).toEqual(['subdistrict', 'birthDate', 'serial']);
  });

  it('names an unknown kecamatan first, as the server does', () => {
    expect(subdistrictCode('6112041203850001')).toBe('61.12.04');
    expect(nikRules('9912041203850001', known, on)).toEqual(['subdistrict']);
    expect(nikRules('9912043203850000', known, on)).toEqual(['subdistrict', 'birthDate', 'serial']);
  });

  it('asks 16 digits of a family card number', () => {
    expect(kkNumberValid('6112040101200001')).toBe(true);
    expect(kkNumberValid('611204010120000')).toBe(false);
    expect(kkNumberValid('61120401012000x1')).toBe(false);
  });

  it('finds where a NIK contradicts the sex and birth date entered beside it', () => {
    // 611204 58 08 41 0002: a woman born 18-08-1941.
    const nik = '6112045808410002';
    expect(nikContradictions(nik, 'FEMALE', '1941-08-18', on)).toEqual([]);
    expect(nikContradictions(nik, 'MALE', '2020-03-15', on)).toEqual(['sex', 'birthDate']);
    expect(nikContradictions(nik, 'MALE', '1941-08-18', on)).toEqual(['sex']);
    expect(nikContradictions(nik, 'FEMALE', '1942-08-18', on)).toEqual(['birthDate']);
    expect(nikBirthDateText(nik, on)).toBe('18-08-1941');
  });

  it('finds no contradiction in what is not entered yet or not a NIK on its face', () => {
    expect(nikContradictions('6112045808410002', undefined, undefined, on)).toEqual([]);
    expect(nikContradictions('6112045808410002', 'MALE', '2020-3-15', on)).toEqual(['sex']);
    expect(nikContradictions('61120458084100', 'MALE', '2020-03-15', on)).toEqual([]);
  });
});
