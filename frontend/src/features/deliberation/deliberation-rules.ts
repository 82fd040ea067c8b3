import { yearsBefore } from '@/lib/calendar-date';

import type { Decision, DeliberationLevel, DeliberationStage, PendingTask } from './types';

/** Who chairs each level (docs/domain.md), as the server's DeliberationLevel says. */
const levelByChair: Partial<Record<string, DeliberationLevel>> = {
  VILLAGE_HEAD: 'VILLAGE',
  SUBDISTRICT_HEAD: 'SUBDISTRICT',
  DISTRICT_HEAD: 'DISTRICT',
  MINISTRY_OFFICER: 'MINISTRY',
};

/** The level the role chairs, or none. */
export function chairedLevel(role: string): DeliberationLevel | undefined {
  return levelByChair[role];
}

export function chairsDeliberations(role: string) {
  return chairedLevel(role) !== undefined;
}

/**
 * Who may read deliberations: the chairs, and the supervisors and auditors who read everything in
 * their region. The list endpoint admits every registry role; the operators prepare, not read.
 */
export function readsDeliberations(role: string) {
  return chairsDeliberations(role) || role === 'SUPERVISOR' || role === 'AUDITOR';
}

export const stageOf: Record<DeliberationLevel, DeliberationStage> = {
  VILLAGE: 'VILLAGE_DELIBERATION',
  SUBDISTRICT: 'SUBDISTRICT_PLENARY',
  DISTRICT: 'DISTRICT_APPROVAL',
  MINISTRY: 'MINISTRY_DETERMINATION',
};

export { reasonRequired } from '@/lib/stage-rules';

/**
 * The decisions every one of the tasks allows, as the server sent them for each, in the order it
 * sent them for the first: what "set all" may set.
 */
export function sharedDecisions(tasks: readonly Pick<PendingTask, 'decisions'>[]): Decision[] {
  const [first, ...rest] = tasks;
  return (first?.decisions ?? []).filter((decision) =>
    rest.every((task) => task.decisions.includes(decision)),
  );
}

/** The server's limits (HoldDeliberation, DocumentStore). */
export const limits = {
  place: 200,
  minutesNumber: 100,
  attendee: 100,
  attendees: 200,
  reason: 500,
  note: 1000,
  decisions: 1000,
  minutesBytes: 10 * 1024 * 1024,
} as const;

export const minutesTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;

const minutesExtensions = /\.(pdf|jpe?g|png)$/i;

export type MinutesProblem = 'type' | 'size' | 'empty';

/**
 * Why a file cannot be the signed minutes, or undefined when it can: a PDF, JPEG or PNG of at most
 * 10 MB. The server checks the content itself; this saves uploading what it would refuse.
 */
export function minutesProblem(
  file: Pick<File, 'name' | 'type' | 'size'>,
): MinutesProblem | undefined {
  const typed = file.type
    ? (minutesTypes as readonly string[]).includes(file.type)
    : minutesExtensions.test(file.name);
  if (!typed) {
    return 'type';
  }
  if (file.size === 0) {
    return 'empty';
  }
  return file.size > limits.minutesBytes ? 'size' : undefined;
}

/** `decisions[3].reason` → item 3, field `reason`; anything else is the deliberation's own field. */
export function itemField(field: string): { index: number; field: string } | undefined {
  const match = /^decisions\[(\d+)]\.?(.*)$/.exec(field);
  return match ? { index: Number(match[1]), field: match[2] || 'taskId' } : undefined;
}

/** `attendees[2]` → `attendees`: an attendee's error shows beside the list. */
export function deliberationField(field: string) {
  return field.replace(/\[\d+]$/, '');
}

/** How far back a deliberation may be dated (HoldDeliberation.heldOn): ten years, and not after today. */
export const heldOnYearsBack = 10;

/**
 * What the server finds wrong with a deliberation's date (`2026-12-06`) on `today`, the same rule:
 * after today, or more than ten years before it; both ends count as within.
 */
export function heldOnProblem(heldOn: string, today: string): 'future' | 'tooOld' | undefined {
  if (heldOn > today) {
    return 'future';
  }
  if (heldOn < yearsBefore(today, heldOnYearsBack)) {
    return 'tooOld';
  }
  return undefined;
}
