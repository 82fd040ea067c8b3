import { intlLocale } from './i18n';

const dayMs = 24 * 60 * 60 * 1000;

/** Work due within this many days is flagged, as the supervisors' "due soon" counts it. */
const dueSoonDays = 7;

export type DueState = 'overdue' | 'dueSoon' | 'onTime';

/** Whether work due at `dueDate` (an instant from the API) is overdue, due soon or on time. */
export function dueState(dueDate: string, now: Date = new Date()): DueState {
  const left = new Date(dueDate).getTime() - now.getTime();
  if (left < 0) {
    return 'overdue';
  }
  return left <= dueSoonDays * dayMs ? 'dueSoon' : 'onTime';
}

/** A due instant as the user reads it: date and time, in their language. */
export function formatDueDate(dueDate: string) {
  return new Intl.DateTimeFormat(intlLocale(), {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(dueDate));
}
