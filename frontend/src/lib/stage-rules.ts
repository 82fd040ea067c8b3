import type { Schemas } from './api-types';

/**
 * The server's stages (Stage.java), in chain order, for every screen that names or filters by them.
 * Which decisions a task allows is not kept here: the server sends them with each task
 * (`TaskView.decisions`).
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

/** The stages at which somebody decides, in chain order; CHECKS and DONE have no tasks. */
export const decidingStages = [
  'FIELD_CHECK',
  'VILLAGE_DELIBERATION',
  'SUBDISTRICT_PLENARY',
  'DISTRICT_VERIFICATION',
  'DISTRICT_APPROVAL',
  'MINISTRY_DETERMINATION',
] as const satisfies readonly Exclude<Stage, 'CHECKS' | 'DONE'>[];

/** A stage at which somebody decides. */
export type DecidingStage = (typeof decidingStages)[number];

/*
 * What a decision needs besides itself, as the server checks it (ChangeRequestService). These are
 * hints for the forms only: the server refuses what lacks them with a problem naming the field.
 */

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
