import { intlLocale } from '@/lib/i18n';

/** A moment from the API (`2026-12-07T03:00:00Z`): date and time, in the user's language. */
export function formatInstant(iso: string) {
  return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}
