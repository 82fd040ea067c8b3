import type { TimelineEvent } from './types';

/** What a field visit's event holds in its details, as the audit log recorded it. */
export type FieldVisitDetails = {
  finding?: string;
  reason?: string;
  visitedOn?: string;
  enumerator?: string;
  latitude?: number;
  longitude?: number;
  typeBefore?: string;
  typeAfter?: string;
  photoUrl?: string;
  thumbnailUrl?: string;
};

/** The visit's details when the event is a field visit; none for any other event. */
export function fieldVisitOf(event: TimelineEvent): FieldVisitDetails | undefined {
  if (event.kind !== 'FIELD_VISIT' || typeof event.details !== 'object' || event.details === null) {
    return undefined;
  }
  return event.details;
}
