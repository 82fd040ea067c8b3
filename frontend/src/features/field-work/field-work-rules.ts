import { yearsBefore } from '@/lib/calendar-date';

import type { ChangeType, FieldCheck, FieldImport, Finding, Role } from './types';

/** The Camat and the TKSK follow their kecamatan's villages; they visit nobody themselves. */
const kecamatanRoles: readonly Role[] = ['SUBDISTRICT_HEAD', 'SUBDISTRICT_OPERATOR'];

/**
 * Who records visits and brings back field sheets: the village operator whose inbox holds the
 * field checks (FieldCheckService.recordVisit, FieldImports.requireOperator).
 */
export const visitsHouseholds = (role: Role) => role === 'VILLAGE_OPERATOR';

/** Who sees how far each village of their kecamatan has got, and any village's worklist. */
export const followsVillages = (role: Role) => kecamatanRoles.includes(role);

/** Who has the field checks screen. */
export const worksInField = (role: Role) => visitsHouseholds(role) || followsVillages(role);

/** A field check still waiting for its decision: visited or not, it may be visited (again). */
export const isOpen = (check: Pick<FieldCheck, 'state'>) =>
  check.state === 'TO_VISIT' || check.state === 'VISITED';

/**
 * Whether the visit must say why (FieldFinding.needsReason): every finding that removes or rejects
 * the household, which a found household does to a proposed removal. A hint for the form only: the
 * server refuses a visit without it with a problem naming `reason`.
 */
export function reasonRequired(finding: Finding | undefined, changeType?: ChangeType) {
  return finding !== undefined && (finding !== 'FOUND' || changeType === 'REMOVE_HOUSEHOLD');
}

/** The server's limits (Visit, HousePhoto, the worklist's largest page). */
export const limits = {
  reason: 500,
  enumerator: 100,
  photoBytes: 10 * 1024 * 1024,
  /** The most households one request lists: what a printed sheet holds. */
  printRows: 500,
} as const;

/** How many households a worklist page shows. */
export const worklistPageSize = 50;

export const photoTypes = ['image/jpeg', 'image/png'] as const;

export type PhotoProblem = 'type' | 'size' | 'empty';

/**
 * Why a file cannot be the house's photo, or undefined when it can: a JPEG or PNG of at most 10 MB.
 * Said before sending, so that a slow link does not carry what the server would refuse.
 */
export function photoProblem(file: Pick<File, 'type' | 'size'>): PhotoProblem | undefined {
  if (!(photoTypes as readonly string[]).includes(file.type)) {
    return 'type';
  }
  if (file.size === 0) {
    return 'empty';
  }
  return file.size > limits.photoBytes ? 'size' : undefined;
}

/** How far back a visit may be dated (Visit.visitedOn): a year, and not after today. */
export const visitedOnYearsBack = 1;

/** What the server finds wrong with a visit's date (`2026-12-06`) on `today`; both ends are within. */
export function visitedOnProblem(
  visitedOn: string,
  today: string,
): 'future' | 'tooOld' | undefined {
  if (visitedOn > today) {
    return 'future';
  }
  if (visitedOn < yearsBefore(today, visitedOnYearsBack)) {
    return 'tooOld';
  }
  return undefined;
}

/**
 * An RT or RW as the registry writes it, three digits (`2` is `002`), which the server matches
 * exactly; undefined for anything that is not one to three digits.
 */
export function registryNumber(text: string): string | undefined {
  const trimmed = text.trim();
  return /^\d{1,3}$/.test(trimmed) ? trimmed.padStart(3, '0') : undefined;
}

/** Of a confirmed import's decisions, the share the engine has applied, 0 to 100. */
export function appliedPercent({ toDecide, applying }: Pick<FieldImport, 'toDecide' | 'applying'>) {
  return toDecide === 0 ? 100 : Math.floor(((toDecide - applying) * 100) / toDecide);
}

/** `003/001`, or what is known of it. */
export function rtRw(check: Pick<FieldCheck, 'rt' | 'rw'>) {
  return check.rt || check.rw ? `${check.rt ?? '–'}/${check.rw ?? '–'}` : '';
}
