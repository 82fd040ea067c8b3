import type { UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';

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
  heldOn?: Dayjs;
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
    heldOn: values.heldOn?.format('YYYY-MM-DD') ?? '',
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

/** The server's refusal sorted by where the chair fixes it. */
export interface PlacedErrors {
  /** Minutes fields: `attendees[2]` is shown beside the attendees. */
  fields: Partial<Record<MinutesField, string[]>>;
  /** By task id, then by the item's field (`taskId`, `decision`, `reason`, `note`). */
  items: Record<string, Record<string, string[]>>;
  /** What no field shows (the level, the region, a missing part). */
  other: string[];
}

export const noErrors: PlacedErrors = { fields: {}, items: {}, other: [] };

function isMinutesField(field: string): field is MinutesField {
  return (minutesFields as readonly string[]).includes(field);
}

/**
 * Puts each `{field, message}` of the refusal where it belongs: `decisions[i].reason` beside the
 * reason of the i-th change sent, the deliberation's own fields beside them.
 */
export function placeErrors(
  errors: { field: string; message: string }[],
  sentTaskIds: string[],
): PlacedErrors {
  const placed: PlacedErrors = { fields: {}, items: {}, other: [] };
  for (const { field, message } of errors) {
    const item = itemField(field);
    const taskId = item && sentTaskIds[item.index];
    if (item && taskId) {
      const itemErrors = (placed.items[taskId] ??= {});
      (itemErrors[item.field] ??= []).push(message);
      continue;
    }
    const own = deliberationField(field);
    if (isMinutesField(own)) {
      (placed.fields[own] ??= []).push(message);
    } else {
      placed.other.push(message);
    }
  }
  return placed;
}

/** Drops the server's errors on what the chair has just changed. */
export function clearChanged(errors: PlacedErrors, changed: WizardValues): PlacedErrors {
  const fields = { ...errors.fields };
  const items = { ...errors.items };
  for (const key of Object.keys(changed)) {
    if (key === 'decisions') {
      for (const [taskId, item] of Object.entries(changed.decisions ?? {})) {
        const remaining = { ...items[taskId] };
        for (const field of Object.keys(item ?? {})) {
          delete remaining[field];
          // Another decision may need no reason: the old refusal no longer applies.
          if (field === 'decision') {
            delete remaining.reason;
          }
        }
        items[taskId] = remaining;
      }
    } else if (isMinutesField(key)) {
      delete fields[key];
    }
  }
  return { fields, items, other: errors.other };
}
