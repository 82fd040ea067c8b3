import { expect, type APIRequestContext } from '@playwright/test';

import { basicAuth } from './sign-in';

export interface PendingTask {
  id: string;
  changeRequestId: number;
  changeRequestNumber: string;
}

async function tasksOf(request: APIRequestContext, user: string, stage: string) {
  const answer = await request.get(`/api/tasks?stage=${stage}&size=100`, {
    headers: basicAuth(user),
  });
  expect(answer.ok()).toBe(true);
  return ((await answer.json()) as { content: PendingTask[] }).content;
}

/**
 * A change of the village waiting for its deliberation, as its village head's task: one already
 * waiting, or else the next of the demo's re-verifications at the field check, approved over the
 * API by the village's operator. Never in Teluk Empening (61.12.04.2002), whose households the
 * other specs take one by one as its operator.
 */
export async function awaitingVillageDeliberation(request: APIRequestContext, village: string) {
  expect(village, 'a village other than Teluk Empening').not.toBe('61.12.04.2002');
  const digits = village.replaceAll('.', '');
  const head = `kades-${digits}`;
  const operator = `op-${digits}`;
  const [waiting] = await tasksOf(request, head, 'VILLAGE_DELIBERATION');
  if (waiting) {
    return waiting;
  }
  const [check] = await tasksOf(request, operator, 'FIELD_CHECK');
  expect(check, `a change of ${village} at the field check`).toBeDefined();
  const approved = await request.post(`/api/tasks/${check.id}/complete`, {
    headers: basicAuth(operator),
    data: { decision: 'APPROVE' },
  });
  expect(approved.ok()).toBe(true);
  let task: PendingTask | undefined;
  await expect
    .poll(async () => {
      const tasks = await tasksOf(request, head, 'VILLAGE_DELIBERATION');
      task = tasks.find((candidate) => candidate.changeRequestId === check.changeRequestId);
      return task !== undefined;
    })
    .toBe(true);
  return task!;
}
