import type { MayOmit, RegionLevel, Schemas } from '@/lib/api-types';
import type { Stage } from '@/lib/stage-rules';

export type { RegionLevel };

/** A region as the supervision views name it; absent for the whole country. */
export type RegionRef = Schemas['RegionRef'];

export { stages } from '@/lib/stage-rules';
export type { Stage };

/** Open decision tasks; `escalated` ones have a follow-up at the level above. */
export type DeadlineCounts = Schemas['Counts'];

export type StageCounts = Omit<Schemas['StageCounts'], 'stage'> & { stage: Stage };

export type OldestOverdue = Omit<Schemas['OldestOverdue'], 'stage'> & { stage: Stage };

export type DeadlineChild = Omit<
  MayOmit<Schemas['DeadlineChild'], 'oldestOverdue'>,
  'byStage' | 'oldestOverdue'
> & { byStage: StageCounts[]; oldestOverdue?: OldestOverdue };

export type Deadlines = Omit<MayOmit<Schemas['DeadlinesView'], 'region'>, 'children'> & {
  children: DeadlineChild[];
};

export type ProgressStatus = Schemas['Totals']['status'];

/** Absent: the projection without a rate, the target and its start without a target. */
type MayLack = 'projectedFinish' | 'target' | 'startsOn';

export type ProgressFigures = MayOmit<Schemas['Totals'], MayLack>;

export type ProgressChild = MayOmit<Schemas['ProgressChild'], MayLack>;

export type Progress = Omit<MayOmit<Schemas['ProgressView'], 'region'>, 'totals' | 'children'> & {
  totals: ProgressFigures;
  children: ProgressChild[];
};

/** Absent: the projected finish without a rate. */
export type RoundProgressKecamatan = MayOmit<Schemas['RoundProgressKecamatan'], 'projectedFinish'>;

/** A round per kecamatan: its households not started, their changes at each stage and done. */
export type RoundProgress = Omit<Schemas['RoundProgressView'], 'subdistricts'> & {
  subdistricts: RoundProgressKecamatan[];
};

/** A change under way in a village, as the village's supervision lists it. */
export type OpenChange = Omit<
  MayOmit<Schemas['ChangeRequestSummary'], 'villageName' | 'householdHead' | 'dueDate'>,
  'stage'
> & { stage: Stage | 'CHECKS' | 'DONE' };
