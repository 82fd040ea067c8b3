import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { problem } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { ChainStatus } from '../components/chain-status';

describe('audit chain status', () => {
  it('shows an intact chain in green with the rows checked and the last row', async () => {
    server.use(
      http.get('/api/audit/verify', () =>
        HttpResponse.json({ valid: true, checked: 1234, lastId: 1234, lastHash: 'ab12cd' }),
      ),
    );

    renderWithProviders(<ChainStatus />);

    const alert = (await screen.findByText('Rantai utuh')).closest('.ant-alert');
    expect(alert).toHaveClass('ant-alert-success');
    expect(alert).toHaveTextContent('1.234 baris diperiksa; baris terakhir #1234, hash ab12cd.');
  });

  it('shows a broken chain in red with the first broken row and the problem', async () => {
    server.use(
      http.get('/api/audit/verify', () =>
        HttpResponse.json({
          valid: false,
          checked: 41,
          firstBrokenId: 42,
          problem: 'HASH_MISMATCH',
        }),
      ),
    );

    renderWithProviders(<ChainStatus />);

    const alert = (await screen.findByText('Rantai rusak')).closest('.ant-alert');
    expect(alert).toHaveClass('ant-alert-error');
    expect(alert).toHaveTextContent(
      '41 baris pertama utuh; rusak pertama di baris #42: isi baris telah diubah.',
    );
  });

  it("shows the server's refusal in the user's language", async () => {
    server.use(
      http.get('/api/audit/verify', () => problem(403, 'Hanya auditor yang dapat memeriksa.')),
    );

    renderWithProviders(<ChainStatus />);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Hanya auditor yang dapat memeriksa.',
    );
  });
});
