import type { CompleteTask, Decision, Stage } from './types';

/** The decisions each stage allows, as the server's Stage enum lists them. */
const decisionsByStage: Record<Stage, readonly Decision[]> = {
  FIELD_CHECK: ['APPROVE', 'REJECT'],
  // Musyawarah desa/kelurahan: a change not ready yet waits for the next one.
  VILLAGE_DELIBERATION: ['APPROVE', 'REJECT', 'DEFER'],
  SUBDISTRICT_PLENARY: ['APPROVE', 'REJECT', 'RETURN'],
  DISTRICT_VERIFICATION: ['APPROVE', 'REJECT', 'RETURN'],
  DISTRICT_APPROVAL: ['APPROVE', 'REJECT', 'RETURN'],
  MINISTRY_DETERMINATION: ['APPROVE', 'REJECT', 'RETURN'],
};

export function allowedDecisions(stage: Stage): readonly Decision[] {
  return decisionsByStage[stage];
}

/** The server refuses a rejection or a return without a reason. */
export function reasonRequired(decision: Decision | undefined) {
  return decision === 'REJECT' || decision === 'RETURN';
}

/**
 * Whether a letter's or decree's number is needed: the Dinas Sosial head approves with a signed
 * ratification letter, and the ministry decides only by decree (Kepmensos), whatever it decides.
 */
export function referenceRequired(stage: Stage, decision: Decision | undefined) {
  return (
    stage === 'MINISTRY_DETERMINATION' || (stage === 'DISTRICT_APPROVAL' && decision === 'APPROVE')
  );
}

/** Stages whose decisions cite a letter or a decree. */
export function takesReference(stage: Stage) {
  return stage === 'DISTRICT_APPROVAL' || stage === 'MINISTRY_DETERMINATION';
}

/** The server's maximum lengths (CompleteTask). */
export const maxLength = { reason: 500, note: 1000, reference: 100 } as const satisfies Partial<
  Record<keyof CompleteTask, number>
>;
