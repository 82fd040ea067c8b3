import type { ChangeStatus, MayOmit, Schemas } from '@/lib/api-types';
import type { Decision } from '@/lib/stage-rules';

export type { ChangeStatus, Decision };

export type ChainProblem = Schemas['ChainCheckView']['problem'];

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
/** `headName` and `villageName` are absent where the household or the village is gone. */
export type HouseholdRead = MayOmit<Schemas['HouseholdReadView'], 'headName' | 'villageName'>;

/** A change request in a list. */
export type ChangeSummary = MayOmit<Schemas['ChangeRequestSummary'], 'householdHead' | 'dueDate'>;

/** One event of a change's history; only the parts its kind has are present. */
export type TimelineEvent = Partial<Schemas['TimelineEvent']> &
  Pick<Schemas['TimelineEvent'], 'at' | 'kind'>;

export type Timeline = Omit<MayOmit<Schemas['TimelineView'], 'processInstanceId'>, 'events'> & {
  events: TimelineEvent[];
};

/** `endedAt`: none while it runs; `actor`: only for a user task. */
export type ActivityRun = MayOmit<Schemas['Activity'], 'activityName' | 'endedAt' | 'actor'>;

/** `seq`: the flow's place in the path, from 1. */
export type TakenFlow = Schemas['Flow'];

/** The model a change's process ran, with its activity runs and taken flows. */
export type ProcessDiagram = Omit<Schemas['DiagramView'], 'activities'> & {
  activities: ActivityRun[];
};
