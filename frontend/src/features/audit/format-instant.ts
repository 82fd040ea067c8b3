import { intlLocale } from '@/lib/i18n';

/** A moment from the API (`2026-03-02T08:00:00Z`), in the user's language and time zone. */
export function formatInstant(iso: string) {
  return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeStyle: 'medium' }).format(
    new Date(iso),
  );
}
