import type { DecidedHousehold } from './types';

/** `003/005`: RT and RW as a village office writes them. */
export function rtRw(household?: DecidedHousehold) {
  if (!household?.rt && !household?.rw) {
    return '';
  }
  const pad = (part?: string) => (part ?? '').padStart(3, '0');
  return `${pad(household.rt)}/${pad(household.rw)}`;
}
