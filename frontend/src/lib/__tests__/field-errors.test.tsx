import { act, render, screen } from '@testing-library/react';
import { Form, Input, type FormInstance } from 'antd';
import { describe, expect, it } from 'vitest';

import { ApiError, type FieldProblem } from '../api-client';
import {
  applyFieldErrors,
  fieldErrorProps,
  fieldErrorsAt,
  fieldPath,
  placeFieldErrors,
  withoutFieldErrors,
} from '../field-errors';

const refused = (errors: FieldProblem[]) =>
  new ApiError(400, { detail: 'Isian tidak valid.', errors });

const nik = { field: 'household.members[1].nik', message: 'NIK sudah terdaftar.' };
const nikAgain = { field: 'household.members[1].nik', message: 'NIK harus 16 angka.' };
const kk = { field: 'household.kkNumber', message: 'Nomor KK harus 16 angka.' };
const idempotency = { field: 'Idempotency-Key', message: 'Kunci wajib ada.' };

describe('field errors', () => {
  it('names a server field as the form does', () => {
    expect(fieldPath('household.members[1].nik')).toEqual(['household', 'members', 1, 'nik']);
    expect(fieldPath('member.nik')).toEqual(['member', 'nik']);
    expect(fieldPath('attendees[2]')).toEqual(['attendees', 2]);
    expect(fieldPath('removalReason')).toEqual(['removalReason']);
  });

  it('groups the messages by the field that shows them, in the order the server sent them', () => {
    const placed = placeFieldErrors([nik, kk, nikAgain]);

    expect(placed.placed).toEqual([
      { name: ['household', 'members', 1, 'nik'], problems: [nik, nikAgain] },
      { name: ['household', 'kkNumber'], problems: [kk] },
    ]);
    expect(placed.unplaced).toEqual([]);
  });

  it('leaves unplaced what the form places nowhere', () => {
    const placed = placeFieldErrors([nik, idempotency], (field) =>
      field.startsWith('household.') ? ['household'] : undefined,
    );

    expect(placed.placed).toEqual([{ name: ['household'], problems: [nik] }]);
    expect(placed.unplaced).toEqual([idempotency]);
  });

  it('reads the messages of a field and of the fields within it', () => {
    const placed = placeFieldErrors([nik, kk, nikAgain]);

    expect(fieldErrorsAt(placed, ['household', 'members', 1, 'nik'])).toEqual([
      'NIK sudah terdaftar.',
      'NIK harus 16 angka.',
    ]);
    expect(fieldErrorsAt(placed, ['household'])).toHaveLength(3);
    expect(fieldErrorsAt(placed, ['household', 'members', 0])).toEqual([]);
    expect(fieldErrorProps(placed, ['household', 'kkNumber'])).toEqual({
      validateStatus: 'error',
      help: 'Nomor KK harus 16 angka.',
    });
    expect(fieldErrorProps(placed, ['household', 'address'])).toEqual({});
  });

  it('drops the errors on what the user changed, and within it, keeping the rest', () => {
    const placed = placeFieldErrors([nik, kk, idempotency], (field) =>
      field === idempotency.field ? undefined : fieldPath(field),
    );

    const left = withoutFieldErrors(placed, [['household', 'members']]);

    expect(fieldErrorsAt(left, ['household'])).toEqual(['Nomor KK harus 16 angka.']);
    expect(left.unplaced).toEqual([idempotency]);
  });

  describe('on a form', () => {
    interface Values {
      username?: string;
      member?: { nik?: string };
    }

    function renderForm() {
      let form: FormInstance<Values> | undefined;
      function Login() {
        const [instance] = Form.useForm<Values>();
        form = instance;
        return (
          <Form<Values> form={instance} initialValues={{ username: 'op-6112042002' }}>
            <Form.Item name="username" label="Nama pengguna">
              <Input />
            </Form.Item>
            <Form.Item name={['member', 'nik']} label="NIK">
              <Input />
            </Form.Item>
          </Form>
        );
      }
      render(<Login />);
      return form!;
    }

    it('shows each error beside its field, keeping the input, and returns the rest', async () => {
      const form = renderForm();
      const username = { field: 'username', message: 'Nama pengguna terlalu panjang.' };
      const memberNik = { field: 'member.nik', message: 'NIK sudah terdaftar.' };
      const password = { field: 'password', message: 'Kata sandi wajib diisi.' };

      let unplaced: FieldProblem[] = [];
      act(() => {
        unplaced = applyFieldErrors(refused([password, username, memberNik, idempotency]), form);
      });

      // The password field is not on this form, nor is the key: the caller lists them.
      expect(unplaced).toEqual([password, idempotency]);
      expect(form.getFieldError('username')).toEqual(['Nama pengguna terlalu panjang.']);
      expect(form.getFieldError(['member', 'nik'])).toEqual(['NIK sudah terdaftar.']);
      expect(await screen.findByText('Nama pengguna terlalu panjang.')).toBeInTheDocument();
      expect(screen.getByLabelText('Nama pengguna')).toHaveValue('op-6112042002');
    });

    it('puts a field where the form maps it', () => {
      const form = renderForm();
      const update = { field: 'update', message: 'Ubah sedikitnya satu isian.' };

      let unplaced: FieldProblem[] = [];
      act(() => {
        unplaced = applyFieldErrors(refused([update, idempotency]), form, {
          map: (field) => (field === 'update' ? ['member', 'nik'] : undefined),
        });
      });

      expect(form.getFieldError(['member', 'nik'])).toEqual(['Ubah sedikitnya satu isian.']);
      expect(unplaced).toEqual([idempotency]);
    });

    it('has nothing to place for a failure that is not a refusal', () => {
      const form = renderForm();

      let unplaced: FieldProblem[] = [idempotency];
      act(() => {
        unplaced = applyFieldErrors(new Error('offline'), form);
      });

      expect(unplaced).toEqual([]);
      expect(form.getFieldError('username')).toEqual([]);
    });
  });
});
