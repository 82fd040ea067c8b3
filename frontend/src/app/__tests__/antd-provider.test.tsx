import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { DateField } from '@/components/date-field';
import { changeLanguage } from '@/lib/i18n';
import { renderWithProviders } from '@/testing/render';

import { AntdProvider } from '../antd-provider';

describe('antd in the user language', () => {
  it('shows a date field day first in either language, its calendar and format in that language', async () => {
    const { user } = renderWithProviders(
      <AntdProvider>
        <DateField aria-label="Tanggal" value="2026-12-06" />
      </AntdProvider>,
    );
    const input = screen.getByLabelText('Tanggal');

    expect(input).toHaveValue('06-12-2026');
    expect(input).toHaveAttribute('placeholder', 'HH-BB-TTTT');
    await user.click(input);
    expect(await screen.findByRole('button', { name: 'Pilih satu bulan' })).toHaveTextContent(
      'Des',
    );

    await act(() => changeLanguage('en'));

    expect(input).toHaveValue('06-12-2026');
    expect(input).toHaveAttribute('placeholder', 'DD-MM-YYYY');
    expect(screen.getByRole('button', { name: 'Choose a month' })).toHaveTextContent('Dec');
  });
});
