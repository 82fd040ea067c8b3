/**
 * The regions from just below `home` down to `code`, by their codes: `61.12.04.2002` under `61.12`
 * is `61.12.04`, `61.12.04.2002`. Codes add a segment per level (province `61`, district `61.12`,
 * kecamatan `61.12.04`, village `61.12.04.2002`); `home` null is the whole country.
 */
export function regionsBelow(code: string, home: string | null) {
  const segments = code.split('.');
  const homeDepth = home ? home.split('.').length : 0;
  return segments
    .map((_, index) => segments.slice(0, index + 1).join('.'))
    .filter((_, index) => index >= homeDepth);
}
