import type { TFunction } from 'i18next';

import type { TimelineEvent } from '../types';

/** What an event says beyond its kind: who, what they decided and why, in the user's language. */
export function eventLines(event: TimelineEvent, t: TFunction<'audit'>): string[] {
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
    lines.push(t('event.candidateGroup', { group: candidateGroup(event.candidateGroup, t) }));
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
  if (event.action) {
    lines.push(
      t('event.action', {
        action: t(`event.actionValue.${event.action}`, { defaultValue: event.action }),
      }),
    );
  }
  return lines;
}

/** `VILLAGE_OPERATOR:61.12.04.2002` as the role in words and its region. */
function candidateGroup(group: string, t: TFunction<'audit'>) {
  const [role, region] = group.split(':');
  if (!role || !/^[A-Z_]+$/.test(role)) {
    return group;
  }
  const name = t(`auth:role.${role}`, { defaultValue: role });
  return region ? t('event.candidateGroupIn', { role: name, region }) : name;
}

/** The event's kind, and the model element it happened at. */
export function eventTitle(event: TimelineEvent, t: TFunction<'audit'>) {
  const kind = t(`event.kind.${event.kind}`, { defaultValue: event.kind });
  return event.activityName ? `${kind}: ${event.activityName}` : kind;
}
