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

/** What an inbox shows: a stage, overdue work, a region within the official's, a search. */
export type InboxFilter = {
  stage?: Stage;
  overdueOnly: boolean;
  /** A kecamatan or village within the official's region. */
  region?: string;
  /** Part of the household head's name, a change number or a member's NIK. */
  q?: string;
};

/** A bulk claim's answer, task by task. */
export type ClaimResults = Omit<Schemas['ClaimResults'], 'results'> & {
  results: MayOmit<Schemas['ClaimedTask'], 'changeRequestNumber' | 'claimedBy'>[];
};

/** `referenceDate`: `2026-03-02`. Every part is optional: which a stage needs is the server's. */
export type CompleteTask = Partial<Schemas['CompleteTask']>;

export type DecisionTaken = Omit<
  MayOmit<
    Schemas['DecisionView'],
    'reason' | 'note' | 'reference' | 'referenceDate' | 'deliberationId'
  >,
  'stage'
> & { stage: Stage };

/** The parts of a change request's details the inbox and the change's page show. */
export type ChangeDetails = Omit<
  MayOmit<
    Pick<
      Schemas['ChangeRequestDetails'],
      | 'id'
      | 'number'
      | 'type'
      | 'removalReason'
      | 'reason'
      | 'note'
      | 'status'
      | 'stage'
      | 'dueDate'
      | 'overdue'
      | 'householdId'
      | 'villageName'
      | 'householdHead'
      | 'proposedBy'
      | 'proposedAt'
      | 'proposal'
      | 'decisions'
      | 'checks'
    >,
    | 'removalReason'
    | 'reason'
    | 'note'
    | 'dueDate'
    | 'householdId'
    | 'villageName'
    | 'householdHead'
    | 'proposedBy'
    | 'proposedAt'
  >,
  'stage' | 'decisions' | 'checks' | 'proposal'
> & {
  stage: Stage | 'CHECKS' | 'DONE';
  decisions: DecisionTaken[];
  checks: ChangeChecks;
  proposal: ChangeProposal;
};

/** A proposed or registered person; NIK masked. */
export type ProposedPerson = Schemas['Person'];

/** One corrected field: `before` is absent where the registry had no value. */
export type FieldChange = MayOmit<Schemas['FieldChange'], 'before'>;

/** What a change asks for: which parts are there depends on its type. */
export type ChangeProposal = Omit<
  MayOmit<Schemas['Proposal'], 'member'>,
  'household' | 'fields'
> & {
  household: MayOmit<Schemas['Place'], 'kkNumberMasked' | 'address' | 'rt' | 'rw'>;
  fields: FieldChange[];
};

export type CivilRegistryResult = Schemas['MemberView']['civilRegistryStatus'];

/** What the automatic checks found; NIKs arrive masked. `failure`: none when they ran. */
export type ChangeChecks = Omit<MayOmit<Schemas['Checks'], 'failure'>, 'civilRegistryMatches'> & {
  civilRegistryMatches: { nikMasked: string; result: CivilRegistryResult }[];
};
