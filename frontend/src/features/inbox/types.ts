import type { DecidingStage, Decision } from '@/lib/stage-rules';

export { decidingStages as stages } from '@/lib/stage-rules';
export type { Decision };

/** A stage at which somebody decides; CHECKS and DONE have no tasks. */
export type Stage = DecidingStage;

export type ChangeType =
  'NEW_HOUSEHOLD' | 'REVERIFY' | 'UPDATE' | 'REMOVE_HOUSEHOLD' | 'ADD_MEMBER' | 'REMOVE_MEMBER';

/** A task in the inbox. A follow-up of another level's overdue task closes without a decision. */
export interface Task {
  id: string;
  changeRequestId: number;
  changeRequestNumber: string;
  changeType: ChangeType;
  stage: Stage;
  followUp: boolean;
  householdHead: string | null;
  villageCode: string;
  villageName: string | null;
  dueDate: string | null;
  overdue: boolean;
  claimedBy: string | null;
  decisions: Decision[];
}

export interface CompleteTask {
  decision?: Decision;
  reason?: string;
  note?: string;
  reference?: string;
  /** `2026-03-02` */
  referenceDate?: string;
}

export interface DecisionTaken {
  id: number;
  stage: Stage;
  actor: string;
  decision: Decision;
  reason: string | null;
  note: string | null;
  reference: string | null;
  referenceDate: string | null;
  decidedAt: string;
}

export type ChangeStatus = 'IN_PROGRESS' | 'APPROVED' | 'REJECTED' | 'WITHDRAWN';

/** The parts of a change request's details the inbox shows. */
export interface ChangeDetails {
  id: number;
  number: string;
  type: ChangeType;
  reason: string | null;
  status: ChangeStatus;
  stage: Stage | 'CHECKS' | 'DONE';
  dueDate: string | null;
  overdue: boolean;
  householdId: number | null;
  villageName: string | null;
  householdHead: string | null;
  decisions: DecisionTaken[];
  checks: ChangeChecks;
}

export type CivilRegistryResult =
  'UNCHECKED' | 'MATCHED' | 'NOT_MATCHED' | 'DECEASED' | 'NIK_UNKNOWN';

/** What the automatic checks found; NIKs arrive masked. */
export interface ChangeChecks {
  failure: string | null;
  civilRegistryMatches: { nikMasked: string; result: CivilRegistryResult }[];
  duplicateHouseholdIds: number[];
}
