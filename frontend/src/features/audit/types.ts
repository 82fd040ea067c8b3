export type ChangeStatus = 'IN_PROGRESS' | 'APPROVED' | 'REJECTED' | 'WITHDRAWN';

import type { Decision } from '@/lib/stage-rules';

export type { Decision };

export type ChainProblem = 'HASH_MISMATCH' | 'BROKEN_LINK' | 'MISSING_ROW' | 'HEAD_MISMATCH';

/** The audit chain checked from its first row: intact up to its last, or broken at its first broken row. */
export type ChainCheck =
  | { valid: true; checked: number; lastId: number; lastHash: string; checkedAt?: string }
  | {
      valid: false;
      checked: number;
      firstBrokenId: number;
      problem: ChainProblem;
      checkedAt?: string;
    };

/** Someone opened a household's details (with full NIKs). */
export interface HouseholdRead {
  at: string;
  user: string;
  householdId: number;
  villageCode: string;
}

/** A change request in a list. */
export interface ChangeSummary {
  id: number;
  number: string;
  type: string;
  stage: string;
  status: ChangeStatus;
  villageCode: string;
  villageName: string;
  householdHead: string | null;
  proposedAt: string;
  proposedBy: string;
}

/** One event of a change's history; only the parts its kind has are present. */
export interface TimelineEvent {
  at: string;
  kind: string;
  actor?: string | null;
  activityId?: string | null;
  activityName?: string | null;
  stage?: string | null;
  taskId?: string | null;
  candidateGroup?: string | null;
  decision?: Decision | null;
  reason?: string | null;
  note?: string | null;
  reference?: string | null;
  referenceDate?: string | null;
  result?: string | null;
  timer?: string | null;
  action?: string | null;
  details?: unknown;
}

export interface Timeline {
  changeRequestId: number;
  number: string;
  status: ChangeStatus;
  processInstanceId: string | null;
  events: TimelineEvent[];
}

export interface ActivityRun {
  activityId: string;
  activityName: string | null;
  activityType: string;
  startedAt: string;
  endedAt: string | null;
  actor?: string | null;
  canceled: boolean;
}

export interface TakenFlow {
  flowId: string;
  sourceActivityId: string;
  targetActivityId: string;
  takenAt: string;
  /** The flow's place in the path, from 1. */
  seq: number;
}

/** The model a change's process ran, with its activity runs and taken flows. */
export interface ProcessDiagram {
  processDefinitionId: string;
  processDefinitionKey: string;
  version: number;
  bpmnXml: string;
  activities: ActivityRun[];
  takenFlows: TakenFlow[];
}
