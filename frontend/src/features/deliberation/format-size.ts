import { intlLocale } from '@/lib/i18n';

/** A file's size as people read it: `2,4 MB`, `830 kB`, `618 bytes`. */
export function formatSize(bytes: number) {
  const [value, unit] =
    bytes >= 1024 * 1024
      ? [bytes / (1024 * 1024), 'megabyte']
      : bytes >= 1024
        ? [bytes / 1024, 'kilobyte']
        : [bytes, 'byte'];
  return new Intl.NumberFormat(intlLocale(), {
    style: 'unit',
    unit,
    // `618 byte` reads as a typo in English: small sizes spell their unit out.
    unitDisplay: unit === 'byte' ? 'long' : 'short',
    maximumFractionDigits: 1,
  }).format(value);
}
