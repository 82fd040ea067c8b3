import { formatLongDate } from '@/lib/format';
import { intlLocale } from '@/lib/i18n';

/**
 * The day of a date (`2026-12-14`) or of a moment (`2026-12-14T03:00:00Z`) written out in full, as a letter dates it:
 * `14 Desember 2026`. A moment is the day it is on the resident's own phone.
 */
export function formatDay(value: string) {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return formatLongDate(value);
  }
  return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'long' }).format(new Date(value));
}

/** A file's size as a resident on a metered link weighs it: `2,4 MB`, `350 kB`. */
export function formatSize(bytes: number) {
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 1) {
    return `${new Intl.NumberFormat(intlLocale(), { maximumFractionDigits: 1 }).format(megabytes)} MB`;
  }
  return `${new Intl.NumberFormat(intlLocale(), { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))} kB`;
}
