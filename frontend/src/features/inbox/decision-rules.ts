import type { CompleteTask, Decision, Stage } from './types';

export { allowedDecisions, reasonRequired } from '@/lib/stage-rules';

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
