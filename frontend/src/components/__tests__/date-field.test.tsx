import { screen, waitFor } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { Button, Form } from 'antd';
import { describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '@/testing/render';

import { DateField, DateRangeField, type DateRange } from '../date-field';

interface Values {
  day?: string;
}

/** A form with one date, as the screens use it: what it sends is what `onFinish` gets. */
function renderForm(
  field: { min?: string; max?: string } = {},
  initialValues: Values = {},
  rules: { validator: (_: unknown, value?: string) => Promise<void> }[] = [],
) {
  const onFinish = vi.fn<(values: Values) => void>();
  const rendered = renderWithProviders(
    <Form<Values> initialValues={initialValues} onFinish={onFinish}>
      <Form.Item name="day" label="Tanggal" rules={rules}>
        <DateField {...field} />
      </Form.Item>
      <Button htmlType="submit">Simpan</Button>
    </Form>,
  );
  return { ...rendered, onFinish, input: screen.getByLabelText('Tanggal') };
}

const save = (user: ReturnType<typeof renderWithProviders>['user']) =>
  user.click(screen.getByRole('button', { name: 'Simpan' }));

describe('date field', () => {
  it('takes a date typed day first and holds it as the API writes it', async () => {
    const { user, onFinish, input } = renderForm();

    expect(input).toHaveAttribute('placeholder', 'HH-BB-TTTT');
    await user.click(input);
    await user.type(input, '22-05-1990{Enter}');

    expect(input).toHaveValue('22-05-1990');
    await save(user);
    await waitFor(() => expect(onFinish).toHaveBeenCalledWith({ day: '1990-05-22' }));
  });

  it('reads a date typed with slashes or without leading zeros', async () => {
    const { user, onFinish, input } = renderForm();

    await user.click(input);
    await user.type(input, '5/3/2024{Enter}');

    expect(input).toHaveValue('05-03-2024');
    await save(user);
    await waitFor(() => expect(onFinish).toHaveBeenCalledWith({ day: '2024-03-05' }));
  });

  it('has the date typed when the form is sent straight after, without Enter', async () => {
    const { user, onFinish, input } = renderForm();

    await user.click(input);
    await user.type(input, '31-03-2026');
    await save(user);

    await waitFor(() => expect(onFinish).toHaveBeenCalledWith({ day: '2026-03-31' }));
  });

  it('shows the ISO date it is given day first, and gives the day chosen in the calendar', async () => {
    const { user, onFinish, input } = renderForm({}, { day: '2026-12-06' });

    expect(input).toHaveValue('06-12-2026');
    await user.click(input);
    await user.click(await screen.findByTitle('2026-12-15'));

    expect(input).toHaveValue('15-12-2026');
    await save(user);
    await waitFor(() => expect(onFinish).toHaveBeenCalledWith({ day: '2026-12-15' }));
  });

  it('offers no day after the latest in the calendar', async () => {
    const { user, onFinish, input } = renderForm({ max: '2026-12-06' }, { day: '2026-12-01' });

    await user.click(input);
    expect(await screen.findByTitle('2026-12-06')).not.toHaveClass('ant-picker-cell-disabled');
    expect(screen.getByTitle('2026-12-07')).toHaveClass('ant-picker-cell-disabled');
    await user.click(screen.getByTitle('2026-12-07'));

    expect(input).toHaveValue('01-12-2026');
    await user.keyboard('{Escape}');
    await save(user);
    await waitFor(() => expect(onFinish).toHaveBeenCalledWith({ day: '2026-12-01' }));
  });

  it("hands a later date typed to the form's rules instead of dropping it", async () => {
    const { user, onFinish, input } = renderForm({ max: '2026-12-06' }, {}, [
      {
        validator: (_, value) =>
          value && value > '2026-12-06'
            ? Promise.reject(new Error('Tidak boleh setelah hari ini.'))
            : Promise.resolve(),
      },
    ]);

    await user.click(input);
    await user.type(input, '07-12-2026{Enter}');

    expect(input).toHaveValue('07-12-2026');
    await save(user);
    expect(await screen.findByText('Tidak boleh setelah hari ini.')).toBeInTheDocument();
    expect(onFinish).not.toHaveBeenCalled();
  });

  it('hands a later date typed and left with Tab to the form too', async () => {
    const { user, onFinish, input } = renderForm({ max: '2026-12-06' }, {}, [
      {
        validator: (_, value) =>
          value && value > '2026-12-06'
            ? Promise.reject(new Error('Tidak boleh setelah hari ini.'))
            : Promise.resolve(),
      },
    ]);

    await user.click(input);
    await user.type(input, '07-12-2026');
    await user.tab();

    expect(input).toHaveValue('07-12-2026');
    await save(user);
    expect(await screen.findByText('Tidak boleh setelah hari ini.')).toBeInTheDocument();
    expect(onFinish).not.toHaveBeenCalled();
  });

  it('is emptied with its clear button', async () => {
    const { user, onFinish, input } = renderForm({}, { day: '2026-12-06' });

    // It shows while the pointer is over the field, which jsdom's styles do not follow.
    const pointer = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
    await pointer.click(screen.getByRole('button', { name: 'Bersih' }));

    expect(input).toHaveValue('');
    await save(user);
    await waitFor(() => expect(onFinish).toHaveBeenCalledWith({ day: undefined }));
  });
});

describe('date range field', () => {
  it('shows a period day first, names its ends and gives the ends as the API writes them', async () => {
    const onChange = vi.fn<(value: DateRange) => void>();
    const { user } = renderWithProviders(
      <DateRangeField
        value={['2026-03-01', undefined]}
        labels={['Sejak', 'Sampai']}
        onChange={onChange}
      />,
    );

    const since = screen.getByLabelText('Sejak');
    const until = screen.getByLabelText('Sampai');
    expect(since).toHaveValue('01-03-2026');
    expect(until).toHaveValue('');
    expect(until).toHaveAttribute('placeholder', 'HH-BB-TTTT');

    await user.click(until);
    await user.type(until, '31-03-2026{Enter}');

    await waitFor(() => expect(onChange).toHaveBeenCalledWith(['2026-03-01', '2026-03-31']));
  });
});
