import { intlLocale } from '@/lib/i18n';

/** A count of households, grouped as the user's language groups digits. */
export function formatCount(value: number) {
  return new Intl.NumberFormat(intlLocale()).format(value);
}

/** A percentage or a rate, with at most one decimal. */
export function formatDecimal(value: number) {
  return new Intl.NumberFormat(intlLocale(), { maximumFractionDigits: 1 }).format(value);
}

/** A moment from the API (`2026-03-02T08:00:00Z`), to the minute, in the user's language and time zone. */
export function formatMoment(iso: string) {
  return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}
