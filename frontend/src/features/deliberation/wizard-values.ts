import type { UploadFile } from 'antd';

import type { FieldProblem } from '@/lib/api-client';
import {
  placeFieldErrors,
  withoutFieldErrors,
  type FieldErrors,
  type FieldPath,
} from '@/lib/field-errors';

import { deliberationField, itemField } from './deliberation-rules';
import type {
  Chair,
  DeliberationLevel,
  HoldDeliberation,
  ItemDecision,
  PendingTask,
} from './types';

/** Everything the wizard's form holds, kept while the chair moves between its steps. */
export interface WizardValues {
  /** As the API writes dates (`2026-12-06`). */
  heldOn?: string;
  place?: string;
  attendees?: string[];
  minutesNumber?: string;
  minutes?: UploadFile[];
  decisions?: Record<string, ItemDecision>;
}

/** The minutes step's fields, where the server's errors on them are shown. */
export const minutesFields = ['heldOn', 'place', 'attendees', 'minutesNumber', 'minutes'] as const;
export type MinutesField = (typeof minutesFields)[number];

function text(value: string | undefined) {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The JSON part, the selected changes in the order the list shows them. */
export function deliberationBody(
  level: DeliberationLevel,
  chair: Chair,
  selected: PendingTask[],
  values: WizardValues,
): HoldDeliberation {
  return {
    level,
    // The decree is national: the server refuses a region on it.
    ...(level !== 'MINISTRY' && chair.regionCode ? { regionCode: chair.regionCode } : {}),
    heldOn: values.heldOn ?? '',
    place: values.place?.trim() ?? '',
    minutesNumber: values.minutesNumber?.trim() ?? '',
    attendees: (values.attendees ?? []).map((name) => name?.trim() ?? ''),
    decisions: selected.map((task) => {
      const item = values.decisions?.[task.id];
      return {
        taskId: task.id,
        decision: item?.decision ?? 'APPROVE',
        ...(text(item?.reason) && { reason: text(item?.reason) }),
        ...(text(item?.note) && { note: text(item?.note) }),
      };
    }),
  };
}

function isMinutesField(field: string): field is MinutesField {
  return (minutesFields as readonly string[]).includes(field);
}

/**
 * Where the wizard shows a field the server names: `decisions[3].reason` beside the reason of the
 * fourth change sent, `attendees[2]` beside the attendees, the minutes' own fields beside
 * themselves; nowhere the level, the region or a missing part.
 */
export function wizardField(field: string, sentTaskIds: readonly string[]): FieldPath | undefined {
  const item = itemField(field);
  if (item) {
    const taskId = sentTaskIds[item.index];
    return taskId === undefined ? undefined : ['decisions', taskId, item.field];
  }
  const own = deliberationField(field);
  return isMinutesField(own) ? [own] : undefined;
}

/** The server's refusal sorted by where the chair fixes it; `unplaced`: what no field shows. */
export function placeErrors(
  problems: readonly FieldProblem[],
  sentTaskIds: readonly string[],
): FieldErrors {
  return placeFieldErrors(problems, (field) => wizardField(field, sentTaskIds));
}

/** Drops the server's errors on what the chair has just changed. */
export function clearChanged(errors: FieldErrors, changed: WizardValues): FieldErrors {
  const names: FieldPath[] = [];
  for (const key of Object.keys(changed)) {
    if (key === 'decisions') {
      for (const [taskId, item] of Object.entries(changed.decisions ?? {})) {
        for (const field of Object.keys(item ?? {})) {
          names.push(['decisions', taskId, field]);
          // Another decision may need no reason: the old refusal no longer applies.
          if (field === 'decision') {
            names.push(['decisions', taskId, 'reason']);
          }
        }
      }
    } else if (isMinutesField(key)) {
      names.push([key]);
    }
  }
  return withoutFieldErrors(errors, names);
}
