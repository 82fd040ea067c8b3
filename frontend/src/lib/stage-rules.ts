import type { Schemas } from './api-types';

/**
 * The server's stages and the decisions each allows (Stage.java), written once for every screen that
 * shows or takes a decision: the inbox decides one task, a deliberation many.
 */
export const stages = [
  'CHECKS',
  'FIELD_CHECK',
  'VILLAGE_DELIBERATION',
  'SUBDISTRICT_PLENARY',
  'DISTRICT_VERIFICATION',
  'DISTRICT_APPROVAL',
  'MINISTRY_DETERMINATION',
  'DONE',
] as const satisfies readonly Schemas['ChangeRequestDetails']['stage'][];

export type Stage = Schemas['ChangeRequestDetails']['stage'];

export type Decision = Schemas['DecisionView']['decision'];

/** The decisions each stage with tasks allows; CHECKS and DONE have no tasks. */
const decisionsByStage = {
  FIELD_CHECK: ['APPROVE', 'REJECT'],
  // Musyawarah desa/kelurahan: a change not ready yet waits for the next one.
  VILLAGE_DELIBERATION: ['APPROVE', 'REJECT', 'DEFER'],
  SUBDISTRICT_PLENARY: ['APPROVE', 'REJECT', 'RETURN'],
  DISTRICT_VERIFICATION: ['APPROVE', 'REJECT', 'RETURN'],
  DISTRICT_APPROVAL: ['APPROVE', 'REJECT', 'RETURN'],
  MINISTRY_DETERMINATION: ['APPROVE', 'REJECT', 'RETURN'],
} as const satisfies Partial<Record<Stage, readonly Decision[]>>;

/** A stage at which somebody decides. */
export type DecidingStage = keyof typeof decisionsByStage;

export const decidingStages = Object.keys(decisionsByStage) as readonly DecidingStage[];

export function allowedDecisions(stage: DecidingStage): readonly Decision[] {
  return decisionsByStage[stage];
}

/** The server refuses a rejection or a return without a reason. */
export function reasonRequired(decision: Decision | undefined) {
  return decision === 'REJECT' || decision === 'RETURN';
}
