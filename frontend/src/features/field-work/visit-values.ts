import { fieldPath, type FieldPath } from '@/lib/field-errors';

import type { Finding, Visit, Welfare } from './types';

/** What the visit's form holds: the visit as typed, and the house's photo. */
export interface VisitValues {
  finding?: Finding;
  reason?: string;
  /** `2026-12-06`. */
  visitedOn?: string;
  enumerator?: string;
  welfare?: Welfare;
  decide?: boolean;
  photo?: File;
}

/** What a reload keeps of the form: everything typed; a photo cannot be kept in the session. */
export type VisitDraft = Omit<VisitValues, 'photo'>;

/** The form's first values: today, the enumerator remembered, and what was typed before a reload. */
export function initialVisitValues(
  draft: VisitDraft | undefined,
  enumerator: string | undefined,
  today: string,
): VisitValues {
  return { decide: true, visitedOn: today, enumerator, ...draft };
}

/** The welfare answers given; none when nothing was answered. */
function answered(welfare: Welfare | undefined): Welfare | undefined {
  // A cleared select or number leaves its field undefined or null: not an answer.
  const given = Object.entries(welfare ?? {}).filter(
    ([, value]) => value !== undefined && value !== null,
  );
  return given.length > 0 ? Object.fromEntries(given) : undefined;
}

/**
 * The JSON part `visit` as the server reads it: texts trimmed, an empty reason and unanswered
 * indicators left out. Undefined while the finding or the date is missing (the form's rules say so).
 */
export function visitBody(values: VisitValues): Visit | undefined {
  const { finding, visitedOn } = values;
  if (!finding || !visitedOn) {
    return undefined;
  }
  const reason = values.reason?.trim();
  const welfare = answered(values.welfare);
  return {
    finding,
    visitedOn,
    enumerator: (values.enumerator ?? '').trim(),
    ...(reason && { reason }),
    ...(welfare && { welfare }),
    decide: values.decide ?? true,
  };
}

/**
 * Where the form shows a field the server names: `reason`, `welfare.floorAreaM2`, `photo`; the
 * visit as a whole (`visit`) and the members' NIKs, which the form does not ask for, are listed
 * above it.
 */
export function visitField(field: string): FieldPath | undefined {
  const name = field.replace(/^visit\./, '');
  if (name === 'visit' || name === 'decide' || name.startsWith('memberNiks')) {
    return undefined;
  }
  return fieldPath(name);
}
