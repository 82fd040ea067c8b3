import type { ProcessDiagram, Timeline, TimelineEvent } from '../types';

const event = (
  at: string,
  kind: TimelineEvent['kind'],
  extra: Partial<TimelineEvent> = {},
): TimelineEvent => ({
  at,
  kind,
  ...extra,
});

/** A change checked, approved at the field check and ended: the server's order, ties included. */
export const timeline: Timeline = {
  changeRequestId: 7,
  number: 'CR-2026-000007',
  status: 'APPROVED',
  processInstanceId: 'pi-7',
  events: [
    event('2026-03-02T08:00:00Z', 'CHANGE_PROPOSED', { actor: 'operator.desa' }),
    event('2026-03-02T08:00:00Z', 'CHECK_COMPLETED', {
      activityId: 'Task_Checks',
      activityName: 'Pemeriksaan',
      result: 'PASSED',
    }),
    event('2026-03-02T08:00:00Z', 'TASK_CREATED', {
      activityId: 'Task_FieldCheck',
      activityName: 'Verifikasi lapangan',
      candidateGroup: 'VILLAGE_HEAD:61.12.04.2002',
    }),
    event('2026-03-03T09:00:00Z', 'TASK_COMPLETED', {
      activityId: 'Task_FieldCheck',
      activityName: 'Verifikasi lapangan',
      actor: 'kades.ambangah',
      decision: 'APPROVE',
      reason: 'Sesuai kondisi lapangan',
    }),
    event('2026-03-03T09:00:00Z', 'ENDED', { activityId: 'End_Approved', result: 'APPROVED' }),
  ],
};

const run = (activityId: string, activityType: string, at: string) => ({
  activityId,
  activityType,
  startedAt: at,
  endedAt: at,
  canceled: false,
});

export const diagram: ProcessDiagram = {
  processDefinitionId: 'household-change:3:abc',
  processDefinitionKey: 'household-change',
  version: 3,
  bpmnXml: '<definitions/>',
  activities: [
    run('Start', 'startEvent', '2026-03-02T08:00:00Z'),
    run('Task_Checks', 'serviceTask', '2026-03-02T08:00:00Z'),
    run('Gateway_Checks', 'exclusiveGateway', '2026-03-02T08:00:00Z'),
    run('Task_FieldCheck', 'userTask', '2026-03-02T08:00:00Z'),
    run('End_Approved', 'endEvent', '2026-03-03T09:00:00Z'),
  ],
  // Out of order on purpose: the sequence number decides.
  takenFlows: [
    {
      flowId: 'Flow_ToField',
      sourceActivityId: 'Gateway_Checks',
      targetActivityId: 'Task_FieldCheck',
      takenAt: '2026-03-02T08:00:00Z',
      seq: 3,
    },
    {
      flowId: 'Flow_ToChecks',
      sourceActivityId: 'Start',
      targetActivityId: 'Task_Checks',
      takenAt: '2026-03-02T08:00:00Z',
      seq: 1,
    },
    {
      flowId: 'Flow_ChecksDone',
      sourceActivityId: 'Task_Checks',
      targetActivityId: 'Gateway_Checks',
      takenAt: '2026-03-02T08:00:00Z',
      seq: 2,
    },
    {
      flowId: 'Flow_Approved',
      sourceActivityId: 'Task_FieldCheck',
      targetActivityId: 'End_Approved',
      takenAt: '2026-03-03T09:00:00Z',
      seq: 4,
    },
  ],
};
