import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(customParseFormat);

/** A calendar date as the API writes it: `2026-12-06`. */
export const isoDateFormat = 'YYYY-MM-DD';

/**
 * How a date shows in a form and how it is typed: day first, as Indonesians write it (`06-12-2026`).
 * The first is shown; the others are read too when typed (`6-12-2026`, `06/12/2026`).
 */
export const dateInputFormats = ['DD-MM-YYYY', 'D-M-YYYY', 'DD/MM/YYYY', 'D/M/YYYY'];

/** Today where the user is, as the API writes dates. */
export function today(now: Date = new Date()): string {
  return dayjs(now).format(isoDateFormat);
}

/** An API date (`2026-12-06`) as a day to pick from, or null when there is none or it is no date. */
export function parseIsoDate(value: string | null | undefined): Dayjs | null {
  if (!value) {
    return null;
  }
  const date = dayjs(value, isoDateFormat, true);
  return date.isValid() ? date : null;
}

/** A date typed as the forms show them (`06-12-2026`), as the API writes it; undefined when it is none. */
export function parseTypedDate(text: string): string | undefined {
  const trimmed = text.trim();
  for (const format of dateInputFormats) {
    const date = dayjs(trimmed, format, true);
    if (date.isValid()) {
      return date.format(isoDateFormat);
    }
  }
  return undefined;
}

/** The date `years` years before an API date, as the server counts it: 29 February steps back to the 28th. */
export function yearsBefore(date: string, years: number): string {
  return dayjs(date, isoDateFormat, true).subtract(years, 'year').format(isoDateFormat);
}
