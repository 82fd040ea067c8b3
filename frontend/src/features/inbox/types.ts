import type { ChangeStatus, ChangeType, MayOmit, Schemas } from '@/lib/api-types';
import type { DecidingStage, Decision } from '@/lib/stage-rules';

export { decidingStages as stages } from '@/lib/stage-rules';
export type { Decision };

/** A stage at which somebody decides; CHECKS and DONE have no tasks. */
export type Stage = DecidingStage;

export type { ChangeStatus, ChangeType };

/** A task in the inbox. A follow-up of another level's overdue task closes without a decision. */
export type Task = Omit<
  MayOmit<Schemas['TaskView'], 'householdHead' | 'villageName' | 'dueDate' | 'claimedBy'>,
  'stage'
> & { stage: Stage };

/** `referenceDate`: `2026-03-02`. Every part is optional: which a stage needs is the server's. */
export type CompleteTask = Partial<Schemas['CompleteTask']>;

export type DecisionTaken = Omit<
  MayOmit<Schemas['DecisionView'], 'reason' | 'note' | 'reference' | 'referenceDate'>,
  'stage'
> & { stage: Stage };

/** The parts of a change request's details the inbox shows. */
export type ChangeDetails = Omit<
  MayOmit<
    Pick<
      Schemas['ChangeRequestDetails'],
      | 'id'
      | 'number'
      | 'type'
      | 'reason'
      | 'status'
      | 'stage'
      | 'dueDate'
      | 'overdue'
      | 'householdId'
      | 'villageName'
      | 'householdHead'
      | 'decisions'
      | 'checks'
    >,
    'reason' | 'dueDate' | 'householdId' | 'villageName' | 'householdHead'
  >,
  'stage' | 'decisions' | 'checks'
> & { stage: Stage | 'CHECKS' | 'DONE'; decisions: DecisionTaken[]; checks: ChangeChecks };

export type CivilRegistryResult = Schemas['MemberView']['civilRegistryStatus'];

/** What the automatic checks found; NIKs arrive masked. `failure`: none when they ran. */
export type ChangeChecks = Omit<MayOmit<Schemas['Checks'], 'failure'>, 'civilRegistryMatches'> & {
  civilRegistryMatches: { nikMasked: string; result: CivilRegistryResult }[];
};
