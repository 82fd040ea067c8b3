import type { Stage } from '@/lib/stage-rules';

export type RegionLevel = 'PROVINCE' | 'DISTRICT' | 'SUBDISTRICT' | 'VILLAGE';

/** A region as the supervision views name it; absent for the whole country. */
export interface RegionRef {
  code: string;
  name: string;
  level: RegionLevel;
}

export { stages } from '@/lib/stage-rules';
export type { Stage };

/** Open decision tasks; `escalated` ones have a follow-up at the level above. */
export interface DeadlineCounts {
  total: number;
  dueWithin7Days: number;
  overdue: number;
  escalated: number;
}

export interface StageCounts extends DeadlineCounts {
  stage: Stage;
}

export interface OldestOverdue {
  changeRequestId: number;
  changeRequestNumber: string;
  stage: Stage;
  dueDate: string;
  daysOverdue: number;
}

export interface DeadlineChild {
  code: string;
  name: string;
  level: RegionLevel;
  totals: DeadlineCounts;
  byStage: StageCounts[];
  oldestOverdue: OldestOverdue | null;
}

export interface Deadlines {
  region: RegionRef | null;
  asOf: string;
  totals: DeadlineCounts;
  children: DeadlineChild[];
}

export type ProgressStatus = 'ON_TRACK' | 'AT_RISK' | 'LATE' | 'NO_TARGET';

export interface ProgressFigures {
  done: number;
  total: number;
  ratePerDay: number;
  projectedFinish: string | null;
  target: string | null;
  startsOn: string | null;
  status: ProgressStatus;
}

export interface ProgressChild extends ProgressFigures {
  code: string;
  name: string;
  level: RegionLevel;
}

export interface Progress {
  region: RegionRef | null;
  asOf: string;
  rateWindowDays: number;
  totals: ProgressFigures;
  children: ProgressChild[];
}
