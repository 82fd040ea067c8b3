import { fireEvent, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

import type { PublicSubmissionReceipt, PublicSubmissionStatus } from '../submission-types';

/** Siti Aminah's proposal for her own household in Teluk Empening, received on 7 December 2026. */
export const proposalReceipt: PublicSubmissionReceipt = {
  trackingCode: 'USL-7K3M-9QX2',
  kind: 'PROPOSAL',
  villageName: 'Teluk Empening',
  submittedAt: '2026-12-07T03:00:00Z',
  dueDate: '2026-12-14T03:00:00Z',
};

/** An objection to Budi Santoso's household, which lapses on 21 December 2026 unless verified. */
export const objectionReceipt: PublicSubmissionReceipt = {
  trackingCode: 'SGH-4D2F-8HJ1',
  kind: 'OBJECTION',
  villageName: 'Teluk Empening',
  submittedAt: '2026-12-07T03:00:00Z',
  dueDate: '2026-12-14T03:00:00Z',
  lapsesAt: '2026-12-21T03:00:00Z',
};

export const waitingProposal: PublicSubmissionStatus = {
  found: true,
  kind: 'PROPOSAL',
  state: 'WAITING',
  villageName: 'Teluk Empening',
  submittedAt: '2026-12-07T03:00:00Z',
  stateSince: '2026-12-07T03:00:00Z',
  dueDate: '2026-12-14T03:00:00Z',
};

export const waitingObjection: PublicSubmissionStatus = {
  ...waitingProposal,
  kind: 'OBJECTION',
  lapsesAt: '2026-12-21T03:00:00Z',
};

/** Become change 61.12-2026-000123, at the field check since 9 December 2026. */
export const acceptedProposal: PublicSubmissionStatus = {
  ...waitingProposal,
  state: 'ACCEPTED',
  stateSince: '2026-12-08T02:00:00Z',
  change: {
    number: '61.12-2026-000123',
    stage: 'FIELD_CHECK',
    since: '2026-12-09T02:00:00Z',
    status: 'IN_PROGRESS',
  },
};

export const notFoundSubmission: PublicSubmissionStatus = { found: false };

/** A JPEG or PNG or PDF of `bytes` bytes (its content does not matter here). */
export const file = (name: string, type: string, bytes = 1024) =>
  new File([new Uint8Array(bytes)], name, { type });

const field = (name: string) => screen.getByRole('combobox', { name });

/** Province, district, kecamatan, village: each list arrives once the level above is chosen. */
export async function chooseTelukEmpening(user: UserEvent) {
  const levels = ['Provinsi', 'Kabupaten/kota', 'Kecamatan', 'Desa/kelurahan'];
  const regions = ['Kalimantan Barat', 'Kubu Raya', 'Terentang', 'Teluk Empening'];
  for (const [index, level] of levels.entries()) {
    const region = regions[index] ?? '';
    await within(field(level)).findByRole('option', { name: region });
    await user.selectOptions(field(level), region);
  }
}

/** Puts `value` in a field at once, as a paste would: typing each character makes long forms slow to test. */
export function fill(element: HTMLElement, value: string) {
  fireEvent.change(element, { target: { value } });
}
