import { intlLocale } from './i18n';

/** A calendar date from the API (`2026-03-02`), in the user's language. */
export function formatDate(isoDate: string) {
  return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** A calendar date written out in full, as a letter or minutes date it: `6 Desember 2026`. */
export function formatLongDate(isoDate: string) {
  return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

export function formatRupiah(amount: number) {
  return new Intl.NumberFormat(intlLocale(), {
    style: 'currency',
    currency: 'IDR',
    maximumFractionDigits: 0,
  }).format(amount);
}
