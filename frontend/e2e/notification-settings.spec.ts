import { expect, test } from '@playwright/test';

import { basicAuth, signIn } from './sign-in';

test('a village head turns escalation mails off from the user menu, and the choice stays', async ({
  page,
  request,
}) => {
  await signIn(page, 'kades-6112042002');

  await page
    .getByRole('banner')
    .getByRole('button', { name: 'Kepala Desa Teluk Empening' })
    .click();
  await page.getByRole('link', { name: 'Pemberitahuan e-mail' }).click();
  await expect(page).toHaveURL(/\/settings\/notifications$/);
  await expect(page.getByLabel('Alamat e-mail')).toHaveValue('kades-6112042002@verivali.test');
  const escalations = page.getByRole('switch', { name: 'Tenggat terlewati' });
  await expect(escalations).toBeChecked();

  await page.getByLabel('Alamat e-mail').fill('operator@desa');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Alamat e-mail tidak valid; contoh: nama@desa.go.id.')).toBeVisible();

  await page.getByLabel('Alamat e-mail').fill('kades@telukempening.desa.id');
  await escalations.click();
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Pilihan e-mail tersimpan.')).toBeVisible();
  await expect(page.getByText('Alamat e-mail tidak valid; contoh: nama@desa.go.id.')).toBeHidden();
  await page.screenshot({ path: 'target/e2e-results/notification-settings.png', fullPage: true });

  await page.reload();
  await expect(page.getByLabel('Alamat e-mail')).toHaveValue('kades@telukempening.desa.id');
  await expect(page.getByRole('switch', { name: 'Tenggat terlewati' })).not.toBeChecked();
  await expect(page.getByRole('switch', { name: 'Pengingat tenggat' })).toBeChecked();

  const stored = await request.get('/api/me/notifications', {
    headers: basicAuth('kades-6112042002'),
  });
  expect(await stored.json()).toEqual({
    email: 'kades@telukempening.desa.id',
    reminders: true,
    escalations: false,
  });
});
