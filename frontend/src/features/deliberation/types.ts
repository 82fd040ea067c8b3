export const levels = ['VILLAGE', 'SUBDISTRICT', 'DISTRICT', 'MINISTRY'] as const;

/** Musyawarah desa/kelurahan, rapat pleno kecamatan, the district's ratification, the decree. */
export type DeliberationLevel = (typeof levels)[number];

/** The stages whose tasks a deliberation decides, one per level. */
export type DeliberationStage =
  'VILLAGE_DELIBERATION' | 'SUBDISTRICT_PLENARY' | 'DISTRICT_APPROVAL' | 'MINISTRY_DETERMINATION';

import type { Decision } from '@/lib/stage-rules';

export type { Decision };

export type ChangeType =
  'NEW_HOUSEHOLD' | 'REVERIFY' | 'UPDATE' | 'REMOVE_HOUSEHOLD' | 'ADD_MEMBER' | 'REMOVE_MEMBER';

/** The parts of an inbox task (`GET /api/tasks`) a deliberation lists. */
export interface PendingTask {
  id: string;
  changeRequestId: number;
  changeRequestNumber: string;
  changeType: ChangeType;
  followUp: boolean;
  householdHead: string | null;
  villageCode: string;
  villageName: string | null;
  dueDate: string | null;
  overdue: boolean;
  claimedBy: string | null;
}

/** What the chair decides on one task; a reason is required to reject or return. */
export interface ItemDecision {
  decision: Decision;
  reason?: string;
  note?: string;
}

/** The JSON part `deliberation` of `POST /api/deliberations`. */
export interface HoldDeliberation {
  level: DeliberationLevel;
  /** None for the ministry's decree. */
  regionCode?: string;
  /** `2026-03-02` */
  heldOn: string;
  place: string;
  minutesNumber: string;
  attendees: string[];
  decisions: (ItemDecision & { taskId: string })[];
}

export interface Region {
  code: string;
  name: string | null;
}

/** A household by name and address, as the BNBA prints it: never a NIK. */
export interface DecidedHousehold {
  headName: string | null;
  address: string | null;
  rt: string | null;
  rw: string | null;
  villageCode: string | null;
  villageName: string | null;
}

export interface DecidedItem {
  taskId: string;
  changeRequestId: number;
  changeRequestNumber: string;
  changeType: ChangeType;
  household: DecidedHousehold | null;
  decision: Decision;
  reason: string | null;
  note: string | null;
}

export interface Minutes {
  filename: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
}

export interface Deliberation {
  id: number;
  level: DeliberationLevel;
  /** Absent for the ministry. */
  region: Region | null;
  heldOn: string;
  place: string;
  minutesNumber: string;
  attendees: string[];
  minutes: Minutes;
  heldBy: string;
  recordedAt: string;
  decisions: DecidedItem[];
}

export interface DeliberationSummary {
  id: number;
  level: DeliberationLevel;
  region: Region | null;
  heldOn: string;
  place: string;
  minutesNumber: string;
  minutesSha256: string;
  decisionCount: number;
  heldBy: string;
  recordedAt: string;
}

/** The signed-in user as a deliberation needs them (`GET /api/me`). */
export interface Chair {
  role: string;
  /** None for national roles. */
  regionCode: string | null;
  regionName: string | null;
}
