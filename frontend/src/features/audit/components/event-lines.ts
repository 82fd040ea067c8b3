import type { TFunction } from 'i18next';

import { fieldVisitOf } from '../field-visit';
import { modelLabel } from '../model-labels';
import type { TimelineEvent } from '../types';

/** Region names by code, for the regions of the groups a task was offered to. */
export type RegionNames = ReadonlyMap<string, string>;

const noNames: RegionNames = new Map();

/** What an event says beyond its kind: who, what they decided and why, in the user's language. */
export function eventLines(
  event: TimelineEvent,
  t: TFunction<'audit'>,
  regionNames: RegionNames = noNames,
): string[] {
  const lines: string[] = [];
  if (event.actor) {
    lines.push(
      t('event.actor', { actor: event.actor === 'system' ? t('event.system') : event.actor }),
    );
  }
  if (event.decision) {
    lines.push(t('event.decision', { decision: t(`event.decisionValue.${event.decision}`) }));
  }
  if (event.reason) {
    lines.push(t('event.reason', { reason: event.reason }));
  }
  if (event.note) {
    lines.push(t('event.note', { note: event.note }));
  }
  if (event.candidateGroup) {
    lines.push(
      t('event.candidateGroup', { group: candidateGroup(event.candidateGroup, t, regionNames) }),
    );
  }
  if (event.reference) {
    const reference = event.referenceDate
      ? `${event.reference} (${event.referenceDate})`
      : event.reference;
    lines.push(t('event.reference', { reference }));
  }
  if (event.result) {
    lines.push(
      t('event.result', {
        result: t(`event.resultValue.${event.result}`, { defaultValue: event.result }),
      }),
    );
  }
  if (event.timer) {
    lines.push(t('event.timer', { timer: event.timer }));
  }
  const visit = fieldVisitOf(event);
  if (visit) {
    lines.push(...fieldVisitLines(visit, t));
  }
  if (event.action && !visit) {
    lines.push(
      t('event.action', {
        action: t(`event.actionValue.${event.action}`, { defaultValue: event.action }),
      }),
    );
  }
  return lines;
}

/** A visit's finding, when and by whom, where the photo was taken, and what the finding made of the change. */
function fieldVisitLines(
  visit: NonNullable<ReturnType<typeof fieldVisitOf>>,
  t: TFunction<'audit'>,
) {
  const lines: string[] = [];
  if (visit.finding) {
    lines.push(
      t('event.fieldVisit.finding', {
        finding: t(`event.fieldVisit.findingValue.${visit.finding}`, {
          defaultValue: visit.finding,
        }),
      }),
    );
  }
  if (visit.reason) {
    lines.push(t('event.reason', { reason: visit.reason }));
  }
  if (visit.visitedOn && visit.enumerator) {
    lines.push(
      t('event.fieldVisit.visited', { date: visit.visitedOn, enumerator: visit.enumerator }),
    );
  }
  if (visit.latitude !== undefined && visit.longitude !== undefined) {
    lines.push(
      t('event.fieldVisit.location', { latitude: visit.latitude, longitude: visit.longitude }),
    );
  }
  if (visit.typeBefore && visit.typeAfter && visit.typeBefore !== visit.typeAfter) {
    lines.push(
      t('event.fieldVisit.retyped', {
        before: t(`change:type.${visit.typeBefore}`, { defaultValue: visit.typeBefore }),
        after: t(`change:type.${visit.typeAfter}`, { defaultValue: visit.typeAfter }),
      }),
    );
  }
  return lines;
}

/** `VILLAGE_OPERATOR:61.12.04.2002` as the role in words and its region, named once known. */
function candidateGroup(group: string, t: TFunction<'audit'>, regionNames: RegionNames) {
  const [role, region] = group.split(':');
  if (!role || !/^[A-Z_]+$/.test(role)) {
    return group;
  }
  const name = t(`auth:role.${role}`, { defaultValue: role });
  if (!region) {
    return name;
  }
  const regionName = regionNames.get(region);
  return t('event.candidateGroupIn', {
    role: name,
    region: regionName ? `${regionName} (${region})` : region,
  });
}

/** The event's kind, and the model element it happened at. */
export function eventTitle(event: TimelineEvent, t: TFunction<'audit'>) {
  const kind = t(`event.kind.${event.kind}`, { defaultValue: event.kind });
  return event.activityName ? `${kind}: ${modelLabel(event.activityName, t)}` : kind;
}

/** The region codes of the groups the events' tasks were offered to, each once. */
export function candidateRegions(events: readonly TimelineEvent[]) {
  const codes = new Set<string>();
  for (const event of events) {
    const region = event.candidateGroup?.split(':')[1];
    if (region) {
      codes.add(region);
    }
  }
  return [...codes].sort();
}
