import type { ChangeType, MayOmit, Schemas } from '@/lib/api-types';

export type { ChangeType };

export type Role = Schemas['MeView']['role'];

/** Where a field check stands: still to visit, visited to decide later, decided, or cancelled with its change. */
export type FieldCheckState = Schemas['FieldCheckView']['state'];

/** What the enumerator found at the address (FieldFinding.java). */
export type Finding = Schemas['Visit']['finding'];

/** In the order the field sheet and the DTKS questionnaire list them. */
export const findings = [
  'FOUND',
  'MOVED',
  'DECEASED',
  'DUPLICATE',
  'NOT_FOUND',
  'NO_LONGER_ELIGIBLE',
] as const satisfies readonly Finding[];

/** The visit recorded so far. */
export type VisitSummary = MayOmit<Schemas['VisitSummary'], 'enumerator'>;

/** A household on the worklist: who, where, which change, by when, and the visit so far. */
export type FieldCheck = Omit<
  MayOmit<
    Schemas['FieldCheckView'],
    | 'householdId'
    | 'headName'
    | 'address'
    | 'rt'
    | 'rw'
    | 'dusun'
    | 'villageName'
    | 'roundId'
    | 'dueDate'
    | 'decidedAt'
    | 'decidedBy'
    | 'visit'
  >,
  'visit'
> & { visit?: VisitSummary };

/** Which field checks a worklist, a printed sheet or the workbook holds; every part optional. */
export type WorklistFilter = {
  /** A village, or a kecamatan for all its villages, within mine; mine when absent. */
  region?: string;
  round?: number;
  /** None: every state but cancelled. */
  status?: FieldCheckState;
  /** As the registry writes them: `002`. */
  rw?: string;
  rt?: string;
  /** Needs a village as the region. */
  dusun?: string;
};

/** How far one village of a kecamatan has got; `behind`: an open check is past its due date. */
export type VillageProgress = MayOmit<
  Schemas['VillageFieldProgress'],
  'villageName' | 'earliestDue'
>;

/** The DTKS questionnaire's house and living conditions, every one optional. */
export type Welfare = Partial<Schemas['WelfareAttributes']>;

/** The JSON part `visit` of `POST /api/field-checks/{taskId}/visit`. */
export type Visit = Omit<Schemas['Visit'], 'reason' | 'welfare' | 'memberNiks' | 'decide'> & {
  reason?: string;
  welfare?: Welfare;
  decide?: boolean;
};

export type FieldImportStatus = 'PREVIEWED' | 'CONFIRMED';

/**
 * A filled field sheet brought back: before confirmation what it would decide, after it what it
 * decided and how many of those decisions the engine is still applying.
 */
export type FieldImport = Omit<
  MayOmit<Schemas['FieldImportView'], 'sameFileConfirmedAt' | 'confirmedAt'>,
  'status' | 'byFinding'
> & {
  status: FieldImportStatus;
  byFinding: Partial<Record<Finding, number>>;
};

/**
 * One bad cell of a refused field sheet (`field` is always `file`): `line` and `column` are absent
 * for a problem with the whole file or a whole row.
 */
export interface SheetProblem {
  field: string;
  message: string;
  sheet?: string | null;
  line?: number | null;
  /** The column's letters: `L`. */
  column?: string | null;
  /** The column's header: `Hasil kunjungan`. */
  header?: string | null;
}

/** A household member as a printed field sheet lists them, the NIK masked. */
export type PrintedMember = MayOmit<Schemas['PrintedMember'], 'nikMasked' | 'birthDate'>;
