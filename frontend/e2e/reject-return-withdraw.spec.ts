import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

import { householdsWithoutChanges as freeHouseholds } from './demo-households';
import { basicAuth, signIn } from './sign-in';

/**
 * The ways a change ends or goes back other than approval, each through the screen of the official who takes it: the
 * proposer withdraws, the village operator rejects after the visit, the Camat returns a change to the village. Each
 * shows its status where the proposer looks, moves the work of the level below, and moves the supervisor's figures.
 * Setting a change up to the step under test goes over the API, as a script would.
 */
test.describe.configure({ mode: 'serial' });

const village = '61.12.04.2002';
const subdistrict = '61.12.04';
const operator = 'op-6112042002';

interface Change {
  id: number;
  number: string;
  householdId: number;
}

/**
 * Households of the village with no change yet, from the start of the list (the removal walk takes its own from the
 * end); each test takes its own.
 */
async function householdsWithoutChanges(request: APIRequestContext, count: number) {
  const free = await freeHouseholds(request, village, operator);
  if (free.length < count) {
    throw new Error(`Fewer than ${count} households in ${village} are free of changes`);
  }
  return free.slice(0, count);
}

/** A re-verification proposed by the village operator, through its automatic checks to the field check. */
async function proposeReverification(request: APIRequestContext, householdId: number) {
  const answer = await request.post('/api/change-requests', {
    headers: basicAuth(operator),
    data: { type: 'REVERIFY', householdId, reason: 'Pemutakhiran data rutin' },
  });
  expect(answer.status()).toBe(201);
  const change = { ...((await answer.json()) as { id: number; number: string }), householdId };
  await expect.poll(() => stageOf(request, change), { timeout: 60_000 }).toBe('FIELD_CHECK');
  return change;
}

async function details(request: APIRequestContext, change: Change) {
  const answer = await request.get(`/api/change-requests/${change.id}`, {
    headers: basicAuth(operator),
  });
  return (await answer.json()) as { stage: string; status: string };
}

async function stageOf(request: APIRequestContext, change: Change) {
  return (await details(request, change)).stage;
}

/** The open task of the change in an official's inbox, at a stage. */
async function taskOf(request: APIRequestContext, user: string, change: Change, stage: string) {
  const inbox = await request.get(`/api/tasks?stage=${stage}&size=100`, {
    headers: basicAuth(user),
  });
  const { content } = (await inbox.json()) as {
    content: { id: string; changeRequestId: number }[];
  };
  const task = content.find((candidate) => candidate.changeRequestId === change.id);
  expect(task, `${change.number} in ${user}'s inbox at ${stage}`).toBeDefined();
  return task!.id;
}

/** The field check approved and the village deliberation held over the API: the change waits for the plenary. */
async function atPlenary(request: APIRequestContext, change: Change) {
  const fieldCheck = await taskOf(request, operator, change, 'FIELD_CHECK');
  const checked = await request.post(`/api/tasks/${fieldCheck}/complete`, {
    headers: basicAuth(operator),
    data: { decision: 'APPROVE' },
  });
  expect(checked.ok()).toBe(true);
  await expect.poll(() => stageOf(request, change)).toBe('VILLAGE_DELIBERATION');
  const kades = 'kades-6112042002';
  const deliberation = {
    level: 'VILLAGE',
    regionCode: village,
    heldOn: new Date().toISOString().slice(0, 10),
    place: 'Balai Desa Teluk Empening',
    minutesNumber: `BA/e2e-return/${Date.now()}`,
    attendees: ['Kepala Desa', 'Ketua BPD'],
    decisions: [
      { taskId: await taskOf(request, kades, change, 'VILLAGE_DELIBERATION'), decision: 'APPROVE' },
    ],
  };
  const held = await request.post('/api/deliberations', {
    headers: basicAuth(kades),
    multipart: {
      deliberation: {
        name: 'deliberation.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(deliberation)),
      },
      minutes: {
        name: 'ba.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
      },
    },
  });
  expect(held.status()).toBe(201);
  await expect.poll(() => stageOf(request, change)).toBe('SUBDISTRICT_PLENARY');
}

/** The village's figures on the supervisor's dashboard: changes ended of all proposed. */
async function villageProgress(request: APIRequestContext) {
  const answer = await request.get(`/api/supervision/progress?region=${subdistrict}`, {
    headers: basicAuth('supervisor-6112'),
  });
  const { children } = (await answer.json()) as {
    children: { code: string; done: number; total: number }[];
  };
  const row = children.find((child) => child.code === village);
  expect(row).toBeDefined();
  return { done: row!.done, total: row!.total };
}

/** Opens the change's task in the inbox and takes a decision that needs a reason. */
async function decideWithReason(
  page: Page,
  change: Change,
  stage: string,
  decision: RegExp,
  reason: string,
) {
  await page.goto(`/inbox?stage=${stage}`);
  await page
    .getByRole('button', { name: new RegExp(`${change.number}$`) })
    .last()
    .click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toContainText(change.number);
  await drawer.locator('label', { has: page.getByRole('radio', { name: decision }) }).click();
  await drawer.getByLabel('Alasan', { exact: true }).fill(reason);
  await drawer.getByRole('button', { name: 'Simpan keputusan' }).click();
  await expect(page.getByText('Keputusan tersimpan')).toBeVisible();
}

/** Signs in afresh, as another official may on the same browser after the last one signed out. */
async function signInAs(page: Page, username: string) {
  await page.context().clearCookies();
  await signIn(page, username);
}

/** The supervisor's village row on the dashboard, drilled down to the kecamatan. */
async function expectSupervisorSees(page: Page, figures: { done: number; total: number }) {
  await signInAs(page, 'supervisor-6112');
  await page.goto(`/supervision?region=${subdistrict}`);
  // The progress table's row, not the deadlines table's above it.
  const row = page.getByRole('row', { name: /Teluk Empening/ }).filter({ hasText: ' / ' });
  await expect(row).toContainText(`${figures.done} / ${figures.total}`);
}

let households: number[];

test.beforeAll(async ({ request }) => {
  households = await householdsWithoutChanges(request, 3);
});

test('the proposer withdraws a change: it shows withdrawn and leaves the inbox', async ({
  page,
  request,
}) => {
  const change = await proposeReverification(request, households[0]);
  const before = await villageProgress(request);

  await signIn(page, operator);
  await page.goto(`/households/${change.householdId}`);
  await page.getByRole('button', { name: `Tarik usulan ${change.number}` }).click();
  await page.getByRole('button', { name: 'Ya, tarik' }).click();
  await expect(page.getByText(`Usulan ${change.number} telah ditarik.`)).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(change.number) })).toContainText('Ditarik');

  await page.goto(`/changes/${change.id}`);
  await expect(page.getByText('Ditarik').first()).toBeVisible();
  await page.goto('/inbox?stage=FIELD_CHECK');
  await expect(page.getByRole('heading', { name: 'Kotak masuk' })).toBeVisible();
  await expect(page.getByText(change.number)).toHaveCount(0);

  const after = await villageProgress(request);
  expect(after).toEqual({ done: before.done + 1, total: before.total });
  await expectSupervisorSees(page, after);
});

test('the village operator rejects after the visit, with the reason the proposer then reads', async ({
  page,
  request,
}) => {
  const change = await proposeReverification(request, households[1]);
  const before = await villageProgress(request);

  await signIn(page, operator);
  await decideWithReason(
    page,
    change,
    'FIELD_CHECK',
    /Tolak/,
    'Rumah kosong, keluarga pindah ke Pontianak',
  );
  await expect(page.getByText(change.number)).toHaveCount(0);

  await page.goto(`/changes/${change.id}`);
  await expect(page.getByText('Ditolak').first()).toBeVisible();
  await expect(page.getByText('Rumah kosong, keluarga pindah ke Pontianak')).toBeVisible();
  expect((await details(request, change)).status).toBe('REJECTED');

  const after = await villageProgress(request);
  expect(after).toEqual({ done: before.done + 1, total: before.total });
  await expectSupervisorSees(page, after);
});

test("the Camat returns a change to the village: it is back in the operator's inbox, still open", async ({
  page,
  request,
}) => {
  const change = await proposeReverification(request, households[2]);
  await atPlenary(request, change);
  const before = await villageProgress(request);

  await signIn(page, 'camat-611204');
  await decideWithReason(
    page,
    change,
    'SUBDISTRICT_PLENARY',
    /Kembalikan/,
    'Foto rumah belum dilampirkan',
  );
  await expect.poll(() => stageOf(request, change)).toBe('FIELD_CHECK');

  await signInAs(page, operator);
  await page.goto('/inbox?stage=FIELD_CHECK');
  await expect(page.getByText(change.number).first()).toBeVisible();
  await page.goto(`/changes/${change.id}`);
  await expect(page.getByText('Foto rumah belum dilampirkan')).toBeVisible();
  expect((await details(request, change)).status).toBe('IN_PROGRESS');

  // Returned is not ended: the supervisor's figures stay.
  expect(await villageProgress(request)).toEqual(before);
});
