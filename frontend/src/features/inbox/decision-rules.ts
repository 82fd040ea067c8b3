import type { CompleteTask } from './types';

export { reasonRequired, referenceRequired, takesReference } from '@/lib/stage-rules';

/** The server's maximum lengths (CompleteTask). */
export const maxLength = { reason: 500, note: 1000, reference: 100 } as const satisfies Partial<
  Record<keyof CompleteTask, number>
>;

/** How far back a letter's or decree's date may go (CompleteTask): ten years, and not after today. */
export const referenceYearsBack = 10;
