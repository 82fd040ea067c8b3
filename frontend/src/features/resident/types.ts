import type { MayOmit, Schemas } from '@/lib/api-types';

/** A resident's question: a village, a NIK and the name as on the KTP. */
export type StatusQuery = Schemas['PublicStatusQuery'];

/** Said only when the NIK and name matched (`found`); the change only while one is in progress. */
type SaidWhenFound = 'onRegistry' | 'villageCode' | 'villageName' | 'change';

/** The answer: `found` false alone when nothing matched, whatever the reason, so that it tells nothing. */
export type StatusAnswer = MayOmit<Schemas['PublicStatusAnswer'], SaidWhenFound>;

/** The change about the resident's household in progress: its stage, and the day it got there. */
export type ChangeInProgress = NonNullable<Schemas['PublicStatusAnswer']['change']>;

export type Stage = ChangeInProgress['stage'];

/** The levels of the region list a resident chooses through, down to their village. */
export const regionLevels = ['province', 'district', 'subdistrict', 'village'] as const;
export type RegionLevel = (typeof regionLevels)[number];

/** One region to choose; a province has no parent. */
export type Region = MayOmit<Schemas['RegionView'], 'parentCode'>;
