import type { ChangeType, MayOmit, Schemas } from '@/lib/api-types';
import type { Decision } from '@/lib/stage-rules';

/** Musyawarah desa/kelurahan, rapat pleno kecamatan, the district's ratification, the decree. */
export type DeliberationLevel = Schemas['HoldDeliberation']['level'];

export const levels = [
  'VILLAGE',
  'SUBDISTRICT',
  'DISTRICT',
  'MINISTRY',
] as const satisfies readonly DeliberationLevel[];

/** The stages whose tasks a deliberation decides, one per level. */
export type DeliberationStage =
  'VILLAGE_DELIBERATION' | 'SUBDISTRICT_PLENARY' | 'DISTRICT_APPROVAL' | 'MINISTRY_DETERMINATION';

export type { ChangeType, Decision };

/**
 * The parts of an inbox task (`GET /api/tasks`) a deliberation lists; `decisions`: what the server
 * lets the chair decide on it.
 */
export type PendingTask = MayOmit<
  Pick<
    Schemas['TaskView'],
    | 'id'
    | 'changeRequestId'
    | 'changeRequestNumber'
    | 'changeType'
    | 'followUp'
    | 'householdHead'
    | 'villageCode'
    | 'villageName'
    | 'dueDate'
    | 'overdue'
    | 'claimedBy'
    | 'decisions'
  >,
  'householdHead' | 'villageName' | 'dueDate' | 'claimedBy'
>;

/** What the chair decides on one task; a reason is required to reject or return. */
export type ItemDecision = Omit<Schemas['ItemDecision'], 'taskId'>;

/** The JSON part `deliberation` of `POST /api/deliberations`; no region for the ministry's decree. */
export type HoldDeliberation = Schemas['HoldDeliberation'];

/** `name`: none for a code the catalogue lacks. */
export type Region = MayOmit<Schemas['DeliberationRegion'], 'name'>;

/** A household by name and address, as the BNBA prints it: never a NIK. Any part may be absent. */
export type DecidedHousehold = Partial<Schemas['DecidedHousehold']>;

export type DecidedItem = Omit<
  MayOmit<Schemas['DecidedItem'], 'household' | 'reason' | 'note'>,
  'household'
> & { household?: DecidedHousehold };

export type Minutes = Schemas['Minutes'];

/** `region`: absent for the ministry. */
export type Deliberation = Omit<
  MayOmit<Schemas['DeliberationView'], 'region'>,
  'region' | 'decisions'
> & { region?: Region; decisions: DecidedItem[] };

export type DeliberationSummary = Omit<
  MayOmit<Schemas['DeliberationSummaryView'], 'region'>,
  'region'
> & {
  region?: Region;
};

/** The signed-in user as a deliberation needs them (`GET /api/me`). */
export type Chair = Pick<
  MayOmit<Schemas['MeView'], 'regionCode' | 'regionName'>,
  'role' | 'regionCode' | 'regionName'
>;

/** One household on the BNBA as a legal record: the head's NIK and KK are personal data. */
export type BnbaRow = MayOmit<
  Schemas['BnbaRow'],
  | 'headName'
  | 'headNik'
  | 'kkNumber'
  | 'address'
  | 'rt'
  | 'rw'
  | 'villageCode'
  | 'villageName'
  | 'removalReason'
  | 'reason'
>;

export type BnbaRegion = MayOmit<Schemas['BnbaRegion'], 'name'>;

/** `GET /api/deliberations/{id}/bnba`: `letterhead` is empty for a ministry decree. */
export type Bnba = Omit<Schemas['BnbaView'], 'rows' | 'letterhead' | 'chair'> & {
  rows: BnbaRow[];
  letterhead: BnbaRegion[];
  chair: MayOmit<Schemas['Official'], 'role'>;
};

/** A field check's visit: the finding, when and by whom, and the house's photo. */
export type FieldVisit = MayOmit<
  Schemas['FieldVisitView'],
  'reason' | 'welfare' | 'photo' | 'importId'
>;
