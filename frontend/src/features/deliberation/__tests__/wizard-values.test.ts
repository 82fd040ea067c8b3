import { describe, expect, it } from 'vitest';

import { fieldErrorsAt } from '@/lib/field-errors';

import { clearChanged, placeErrors } from '../wizard-values';

const sent = ['task-1', 'task-2'];

describe('wizard values', () => {
  it('places each refused field where the chair fixes it', () => {
    const errors = placeErrors(
      [
        { field: 'decisions[1].reason', message: 'Alasan wajib diisi.' },
        { field: 'decisions[0]', message: 'Tugas ini tidak ada.' },
        { field: 'attendees[2]', message: 'Nama peserta terlalu panjang.' },
        { field: 'minutesNumber', message: 'Nomor sudah dipakai.' },
        { field: 'decisions[5].reason', message: 'Tidak terkirim.' },
        { field: 'regionCode', message: 'Wilayah salah.' },
      ],
      sent,
    );

    expect(fieldErrorsAt(errors, ['decisions', 'task-2', 'reason'])).toEqual([
      'Alasan wajib diisi.',
    ]);
    expect(fieldErrorsAt(errors, ['decisions', 'task-1', 'taskId'])).toEqual([
      'Tugas ini tidak ada.',
    ]);
    expect(fieldErrorsAt(errors, ['attendees'])).toEqual(['Nama peserta terlalu panjang.']);
    expect(fieldErrorsAt(errors, ['minutesNumber'])).toEqual(['Nomor sudah dipakai.']);
    expect(errors.unplaced.map(({ field }) => field)).toEqual([
      'decisions[5].reason',
      'regionCode',
    ]);
  });

  it('drops the errors on what the chair changed, and the reason with a new decision', () => {
    const errors = placeErrors(
      [
        { field: 'decisions[0].reason', message: 'Alasan wajib diisi.' },
        { field: 'decisions[0].note', message: 'Catatan terlalu panjang.' },
        { field: 'decisions[1].reason', message: 'Alasan terlalu panjang.' },
        { field: 'place', message: 'Tempat wajib diisi.' },
      ],
      sent,
    );

    const left = clearChanged(errors, {
      decisions: { 'task-1': { decision: 'APPROVE' } },
      place: 'Balai Desa',
    });

    expect(fieldErrorsAt(left, ['decisions', 'task-1'])).toEqual(['Catatan terlalu panjang.']);
    expect(fieldErrorsAt(left, ['decisions', 'task-2'])).toEqual(['Alasan terlalu panjang.']);
    expect(fieldErrorsAt(left, ['place'])).toEqual([]);
  });
});
