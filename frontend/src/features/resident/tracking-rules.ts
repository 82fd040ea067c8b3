import { isNik, tidyNumber, type BrokenRules } from './submission-rules';
import type { PublicSubmissionQuery } from './submission-types';

/** Crockford's base32, as the codes are made of: digits and A–Z without I, L, O and U. */
const codeCharacters = '0-9A-HJKMNP-TV-Z';
const canonicalCode = new RegExp(`^(USL|SGH)-[${codeCharacters}]{4}-[${codeCharacters}]{4}$`);

/**
 * A tracking code as the server writes it (`USL-7K3M-9QX2`), however it was typed: in lower case, without its dashes,
 * with spaces. As Crockford's base32 reads them, an O after the prefix is a zero and an I or L a one: letters the code
 * never has, easily read for those digits off a note.
 */
export function tidyTrackingCode(typed: string): string {
  const plain = typed.toUpperCase().replace(/[^0-9A-Z]/g, '');
  const prefix = plain.slice(0, 3);
  if ((prefix !== 'USL' && prefix !== 'SGH') || plain.length !== 11) {
    return typed.trim().toUpperCase();
  }
  const body = plain.slice(3).replace(/O/g, '0').replace(/[IL]/g, '1');
  return `${prefix}-${body.slice(0, 4)}-${body.slice(4)}`;
}

export const isTrackingCode = (code: string) => canonicalCode.test(code);

/** The question as the server wants it. */
export const tidyTrackingQuery = (trackingCode: string, nik: string): PublicSubmissionQuery => ({
  trackingCode: tidyTrackingCode(trackingCode),
  nik: tidyNumber(nik),
});

export const trackingFields = ['trackingCode', 'nik'];

export function trackingBrokenRules(query: PublicSubmissionQuery): BrokenRules {
  return {
    ...(!isTrackingCode(query.trackingCode) && { trackingCode: { rule: 'trackingCodeFormat' } }),
    ...(!isNik(query.nik) && { nik: { rule: 'nikFormat' } }),
  };
}
