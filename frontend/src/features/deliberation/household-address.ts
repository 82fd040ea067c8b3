import type { DecidedHousehold } from './types';

/** `003/005`: RT and RW as a village office writes them. */
export function rtRw(household?: DecidedHousehold) {
  if (!household?.rt && !household?.rw) {
    return '';
  }
  const pad = (part?: string) => (part ?? '').padStart(3, '0');
  return `${pad(household.rt)}/${pad(household.rw)}`;
}

/** As the registry's lists mask them: the region and the last four digits stay. */
export function maskNumber(number: string) {
  return number.length === 16 ? `${number.slice(0, 6)}******${number.slice(12)}` : number;
}
