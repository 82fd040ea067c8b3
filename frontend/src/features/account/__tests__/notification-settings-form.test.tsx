import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { problem } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { NotificationSettingsForm } from '../components/notification-settings-form';
import type { ChangeNotificationSettings, NotificationSettings } from '../types';

const stored: NotificationSettings = {
  email: 'op-6112042002@verivali.test',
  reminders: true,
  escalations: true,
};

/** Answers `PUT /api/me/notifications` with `answer` and keeps the bodies sent. */
function saving(answer: (body: ChangeNotificationSettings) => Response) {
  const sent: ChangeNotificationSettings[] = [];
  server.use(
    http.put('/api/me/notifications', async ({ request }) => {
      const body = (await request.json()) as ChangeNotificationSettings;
      sent.push(body);
      return answer(body);
    }),
  );
  return sent;
}

function renderForm(settings: NotificationSettings = stored) {
  document.cookie = 'XSRF-TOKEN=token; path=/';
  return renderWithProviders(<NotificationSettingsForm settings={settings} />);
}

describe('notification settings form', () => {
  it('shows the stored address and choices, and saves reminders turned off', async () => {
    const sent = saving((body) => HttpResponse.json({ ...body }));
    const { user } = renderForm();

    expect(await screen.findByDisplayValue('op-6112042002@verivali.test')).toBeInTheDocument();
    const reminders = screen.getByRole('switch', { name: 'Pengingat tenggat' });
    expect(reminders).toBeChecked();
    expect(screen.getByRole('switch', { name: 'Tenggat terlewati' })).toBeChecked();

    await user.click(reminders);
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByText('Pilihan e-mail tersimpan.')).toBeInTheDocument();
    expect(sent).toEqual([
      { email: 'op-6112042002@verivali.test', reminders: false, escalations: true },
    ]);
  });

  it('says that no mail goes out without an address, and clears the address when emptied', async () => {
    const sent = saving(({ reminders, escalations }) =>
      HttpResponse.json({ reminders, escalations }),
    );
    const { user } = renderForm();

    const email = await screen.findByLabelText('Alamat e-mail');
    expect(
      screen.queryByText('Tanpa alamat e-mail, Verivali tidak mengirim e-mail kepada Anda.'),
    ).not.toBeInTheDocument();
    await user.clear(email);
    expect(
      await screen.findByText('Tanpa alamat e-mail, Verivali tidak mengirim e-mail kepada Anda.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({ reminders: true, escalations: true });
  });

  it('shows the server refusing a malformed address beside the field and keeps what was typed, until a good one is saved', async () => {
    saving((body) =>
      body.email === 'operator@desa'
        ? problem(400, 'Periksa kembali isian yang ditandai.', [
            { field: 'email', message: 'Alamat e-mail tidak valid; contoh: nama@desa.go.id.' },
          ])
        : HttpResponse.json({ ...body }),
    );
    const { user } = renderForm();

    const email = await screen.findByLabelText('Alamat e-mail');
    await user.clear(email);
    await user.type(email, 'operator@desa');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(
      await screen.findByText('Alamat e-mail tidak valid; contoh: nama@desa.go.id.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Periksa kembali isian yang ditandai.')).toBeInTheDocument();
    expect(email).toHaveValue('operator@desa');
    expect(screen.queryByText('Pilihan e-mail tersimpan.')).not.toBeInTheDocument();

    await user.clear(email);
    await user.type(email, 'kades@telukempening.desa.id');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByText('Pilihan e-mail tersimpan.')).toBeInTheDocument();
    await waitFor(() =>
      expect(
        screen.queryByText('Alamat e-mail tidak valid; contoh: nama@desa.go.id.'),
      ).not.toBeInTheDocument(),
    );
  });
});
