/**
 * The rules a resident's proposal or objection must keep, checked on the phone before anything is sent: the server's
 * own (`PublicProposal`, `PublicObjection`), so that a slow link carries only what it would accept. Each broken rule
 * is keyed by the field as the server names it in its 400 (`submitter.nik`, `household.members[0].birthDate`,
 * `housePhoto`), so that its message and the server's land beside the same field.
 */

/** A rule broken, as `rule.<rule>` in the `resident` words; `max` for a rule about a length or a count. */
export interface Broken {
  rule: RuleKey;
  max?: number;
}

export type RuleKey =
  | 'villageRequired'
  | 'nikFormat'
  | 'nameRequired'
  | 'tooLong'
  | 'phoneFormat'
  | 'forWhomRequired'
  | 'reasonRequired'
  | 'addressRequired'
  | 'rtFormat'
  | 'rwFormat'
  | 'kkNumberFormat'
  | 'birthDateRequired'
  | 'birthDateRange'
  | 'sexRequired'
  | 'relationshipRequired'
  | 'submitterNotMember'
  | 'housePhotoRequired'
  | 'photoType'
  | 'fileTooLarge'
  | 'familyCardRequired'
  | 'familyCardType'
  | 'familyCardTooMany'
  | 'familyCardPdfAlone'
  | 'objectedNameRequired'
  | 'objectedAddressRequired'
  | 'objectionReasonRequired'
  | 'statementRequired'
  | 'trackingCodeFormat';

/** The broken rules of a form, by server field name; empty when it may be sent. */
export type BrokenRules = Partial<Record<string, Broken>>;

/** As the server allows. */
export const limits = {
  name: 100,
  reason: 500,
  address: 200,
  statement: 1000,
  members: 20,
  familyCardFiles: 3,
  /** Each file: 10 MB. */
  fileBytes: 10 * 1024 * 1024,
} as const;

export const photoTypes = ['image/jpeg', 'image/png'];
export const pdfType = 'application/pdf';

/** A NIK or KK number copied off a card often comes with the spaces or dots that group its digits: they are dropped. */
export const tidyNumber = (value: string) => value.replace(/[\s.-]/g, '');

/** A phone number as people write it (`0812-3456-7890`, `+62 812 3456 7890`), without what groups its digits. */
export const tidyPhone = (value: string) => value.replace(/[\s.()-]/g, '');

export const isNik = (value: string) => /^\d{16}$/.test(value);

/** `^(\+62|0)8\d{7,12}$`, as the server checks it. */
export const isPhone = (value: string) => /^(\+62|0)8\d{7,12}$/.test(value);

/** Required text, at most `max` characters. */
export function textRule(value: string, required: RuleKey, max: number): Broken | undefined {
  if (value === '') {
    return { rule: required };
  }
  return value.length > max ? { rule: 'tooLong', max } : undefined;
}

/** One JPEG or PNG photo, at most 10 MB. */
export function photoRule(photo: File | undefined, required: RuleKey): Broken | undefined {
  if (!photo) {
    return { rule: required };
  }
  if (!photoTypes.includes(photo.type)) {
    return { rule: 'photoType' };
  }
  return photo.size > limits.fileBytes ? { rule: 'fileTooLarge', max: 10 } : undefined;
}

/** A family card: 1 to 3 JPEG/PNG photos, or one PDF scan alone; each at most 10 MB. */
export function familyCardRule(files: readonly File[]): Broken | undefined {
  if (files.length === 0) {
    return { rule: 'familyCardRequired' };
  }
  if (files.some((file) => file.type !== pdfType && !photoTypes.includes(file.type))) {
    return { rule: 'familyCardType' };
  }
  if (files.length > 1 && files.some((file) => file.type === pdfType)) {
    return { rule: 'familyCardPdfAlone' };
  }
  if (files.length > limits.familyCardFiles) {
    return { rule: 'familyCardTooMany', max: limits.familyCardFiles };
  }
  return files.some((file) => file.size > limits.fileBytes)
    ? { rule: 'fileTooLarge', max: 10 }
    : undefined;
}

/** Keeps only the rules actually broken. */
export function brokenOnly(rules: Record<string, Broken | undefined>): BrokenRules {
  return Object.fromEntries(
    Object.entries(rules).filter((entry): entry is [string, Broken] => entry[1] !== undefined),
  );
}
