import { stages } from '@/lib/stage-rules';

import type { RoundProgressKecamatan } from './types';

/** The stages a round's change can be at while in progress, in chain order: all but DONE. */
export type ProgressStage = Exclude<(typeof stages)[number], 'DONE'>;

export const progressStages: readonly ProgressStage[] = stages.filter(
  (stage): stage is ProgressStage => stage !== 'DONE',
);

/** Where a household of a round stands: not reached yet, its change at a stage, or its change ended. */
export type Segment = 'notStarted' | ProgressStage | 'approved' | 'rejected' | 'withdrawn';

const ended = ['approved', 'rejected', 'withdrawn'] as const satisfies readonly Segment[];

/** The table's columns: along the chain, from not started to how the change ended. */
export const columnSegments: readonly Segment[] = ['notStarted', ...progressStages, ...ended];

/** The bar's parts, from the left: the ended changes, then the furthest stage back to not started. */
export const barSegments: readonly Segment[] = [
  ...ended,
  ...[...progressStages].reverse(),
  'notStarted',
];

/** A kecamatan's households by where they stand, or the round's in total. */
export type StageFigures = Pick<
  RoundProgressKecamatan,
  'households' | 'notStarted' | 'byStage' | 'approved' | 'rejected' | 'withdrawn' | 'done'
>;

/** The households at `segment` (the server leaves a stage with none out of `byStage`). */
export function countOf(figures: StageFigures, segment: Segment) {
  switch (segment) {
    case 'notStarted':
    case 'approved':
    case 'rejected':
    case 'withdrawn':
      return figures[segment];
    default:
      return figures.byStage[segment] ?? 0;
  }
}

/** The kecamatan's figures added up. */
export function totalsOf(subdistricts: readonly StageFigures[]): StageFigures {
  const byStage: Record<string, number> = {};
  for (const kecamatan of subdistricts) {
    for (const [stage, count] of Object.entries(kecamatan.byStage)) {
      byStage[stage] = (byStage[stage] ?? 0) + count;
    }
  }
  const sum = (
    field: 'households' | 'notStarted' | 'approved' | 'rejected' | 'withdrawn' | 'done',
  ) => subdistricts.reduce((total, kecamatan) => total + kecamatan[field], 0);
  return {
    households: sum('households'),
    notStarted: sum('notStarted'),
    byStage,
    approved: sum('approved'),
    rejected: sum('rejected'),
    withdrawn: sum('withdrawn'),
    done: sum('done'),
  };
}

/** Households whose change ended, of all, 0 to 100, rounded down (100 without households). */
export function percentDone({ done, households }: Pick<StageFigures, 'done' | 'households'>) {
  return households === 0 ? 100 : Math.floor((done * 100) / households);
}

/** Each part's colour: green, red and grey for how changes ended, darker blue the further along. */
export const segmentColour: Record<Segment, string> = {
  approved: '#52c41a',
  rejected: '#ff4d4f',
  withdrawn: '#8c8c8c',
  MINISTRY_DETERMINATION: '#002c8c',
  DISTRICT_APPROVAL: '#003eb3',
  DISTRICT_VERIFICATION: '#0958d9',
  SUBDISTRICT_PLENARY: '#1677ff',
  VILLAGE_DELIBERATION: '#4096ff',
  FIELD_CHECK: '#69b1ff',
  CHECKS: '#91caff',
  notStarted: '#f0f0f0',
};
