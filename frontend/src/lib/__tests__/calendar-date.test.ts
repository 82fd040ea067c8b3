import { describe, expect, it } from 'vitest';

import { parseIsoDate, parseTypedDate, today, yearsBefore } from '../calendar-date';

describe('calendar dates', () => {
  it('reads a date typed day first, with dashes or slashes, as the API writes it', () => {
    expect(parseTypedDate('06-12-2026')).toBe('2026-12-06');
    expect(parseTypedDate(' 6-3-2026 ')).toBe('2026-03-06');
    expect(parseTypedDate('06/12/2026')).toBe('2026-12-06');
    expect(parseTypedDate('6/3/2026')).toBe('2026-03-06');
  });

  it('reads no date from what is not one', () => {
    expect(parseTypedDate('')).toBeUndefined();
    expect(parseTypedDate('31-02-2026')).toBeUndefined();
    expect(parseTypedDate('2026-12-06')).toBeUndefined();
    expect(parseTypedDate('06-12-26')).toBeUndefined();
    expect(parseTypedDate('06-12-2026x')).toBeUndefined();
  });

  it("takes the API's dates, and nothing else, as days", () => {
    expect(parseIsoDate('2026-12-06')?.date()).toBe(6);
    expect(parseIsoDate(undefined)).toBeNull();
    expect(parseIsoDate('06-12-2026')).toBeNull();
  });

  it('says today where the user is, and a date years before', () => {
    expect(today(new Date(2026, 11, 6, 23, 59))).toBe('2026-12-06');
    expect(yearsBefore('2026-12-06', 10)).toBe('2016-12-06');
    expect(yearsBefore('2024-02-29', 1)).toBe('2023-02-28');
  });
});
