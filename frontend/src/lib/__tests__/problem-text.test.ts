import { describe, expect, it } from 'vitest';

import { ApiError } from '../api-client';
import i18n from '../i18n';
import { problemText } from '../problem-text';

const t = i18n.getFixedT('id', 'common');

describe('problem text', () => {
  it("prefers the server's own detail", () => {
    expect(problemText(new ApiError(409, { detail: 'Data ini baru saja diubah.' }), t)).toBe(
      'Data ini baru saja diubah.',
    );
  });

  it('falls back to a message in the user language by status', () => {
    expect(problemText(new ApiError(0), t)).toBe(
      'Server tidak dapat dihubungi. Periksa koneksi Anda lalu coba lagi.',
    );
    expect(problemText(new ApiError(503), t)).toMatch(/kesalahan pada server/);
    expect(problemText(new ApiError(418), t)).toBe('Permintaan gagal (kode 418).');
    expect(problemText(new TypeError('boom'), t)).toBe('Terjadi kesalahan');
  });
});
