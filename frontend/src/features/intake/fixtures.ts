import type { Page } from '@/lib/api-client';

import type { IntakeDetails, IntakeItem } from './types';

/** A proposal for the proposer's own household, waiting at the village operator, for tests. */
export const waitingProposal: IntakeDetails = {
  trackingCode: 'USL-7K3M-9QX2',
  kind: 'PROPOSAL',
  state: 'WAITING',
  villageCode: '61.12.07.2001',
  villageName: 'Parit Baru',
  subject: 'Siti Aminah',
  submittedAt: '2026-12-07T03:00:00Z',
  dueDate: '2026-12-14T03:00:00Z',
  overdue: false,
  escalated: false,
  followUpOpen: false,
  submitter: { name: 'Siti Aminah', nikMasked: '6112••••••••0001', phone: '081234567890' },
  forOwnHousehold: true,
  reason: 'Suami meninggal, tidak ada penghasilan tetap',
  household: {
    address: 'Jl. Parit Baru',
    rt: '3',
    rw: '1',
    kkNumber: '6112070101800009',
    members: [
      {
        nik: '6112074101800001',
        name: 'Siti Aminah',
        birthDate: '1980-01-01',
        sex: 'FEMALE',
        relationship: 'HEAD',
      },
      {
        nik: '6112071505100002',
        name: 'Rudi Hartono',
        birthDate: '2010-05-15',
        sex: 'MALE',
        relationship: 'CHILD',
      },
    ],
  },
  documents: [
    { id: 55, purpose: 'HOUSE_PHOTO', mediaType: 'image/jpeg', filename: 'rumah.jpg' },
    { id: 56, purpose: 'FAMILY_CARD', mediaType: 'image/jpeg', filename: 'kk-depan.jpg' },
    { id: 58, purpose: 'FAMILY_CARD', mediaType: 'image/png', filename: 'kk-belakang.png' },
  ],
  decisions: ['ACCEPT', 'REJECT'],
};

/** An objection to a listed household's eligibility, waiting at the village operator, for tests. */
export const waitingObjection: IntakeDetails = {
  trackingCode: 'SGH-4D2F-8KHT',
  kind: 'OBJECTION',
  state: 'WAITING',
  villageCode: '61.12.07.2001',
  villageName: 'Parit Baru',
  subject: 'Budi Santoso',
  submittedAt: '2026-12-07T03:00:00Z',
  dueDate: '2026-12-14T03:00:00Z',
  overdue: false,
  escalated: false,
  lapsesAt: '2026-12-21T03:00:00Z',
  followUpOpen: false,
  submitter: { name: 'Siti Aminah', nikMasked: '6112••••••••0001' },
  objection: {
    objectedName: 'Budi Santoso',
    objectedAddress: 'Jl. Parit Baru RT 3 RW 1, rumah bercat hijau',
    reason: 'WELL_OFF',
    statement: 'Memiliki toko dan dua mobil',
    latitude: -0.0321,
    longitude: 109.3456,
    candidates: [
      {
        householdId: 12,
        headName: 'Budi Santoso',
        address: 'Jl. Parit Baru No. 7',
        rt: '3',
        rw: '1',
      },
      { householdId: 14, headName: 'Budi Susanto', address: 'Gg. Damai', rt: '5', rw: '2' },
    ],
  },
  documents: [{ id: 57, purpose: 'HOUSE_PHOTO', mediaType: 'image/png', filename: 'rumah.png' }],
  decisions: ['ACCEPT', 'REJECT'],
};

/** A submission as a list shows it. */
export function intakeItem(details: IntakeDetails): IntakeItem {
  const {
    trackingCode,
    kind,
    state,
    villageCode,
    villageName,
    subject,
    submittedAt,
    dueDate,
    overdue,
    escalated,
    lapsesAt,
    followUpOpen,
  } = details;
  return {
    trackingCode,
    kind,
    state,
    villageCode,
    villageName,
    subject,
    submittedAt,
    dueDate,
    overdue,
    escalated,
    lapsesAt,
    followUpOpen,
  };
}

export function intakePage(
  content: IntakeItem[],
  totalElements = content.length,
): Page<IntakeItem> {
  return { content, page: 0, size: 20, totalElements, totalPages: totalElements > 0 ? 1 : 0 };
}
