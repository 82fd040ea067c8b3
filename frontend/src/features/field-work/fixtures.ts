import type { Page } from '@/lib/api-client';

import type { FieldCheck, FieldImport, SheetProblem, VillageProgress } from './types';

/** A household of Sungai Ambangah still to visit, past its due date, for tests. */
export const toVisit: FieldCheck = {
  taskId: 'task-11',
  changeRequestId: 11,
  changeRequestNumber: 'CR-6112-2026-000011',
  changeType: 'REVERIFY',
  householdId: 21,
  headName: 'Ahmad Fauzi',
  address: 'Jl. Parit Haji Husin No. 12',
  rt: '001',
  rw: '002',
  dusun: 'Melati',
  villageCode: '61.12.04.2002',
  villageName: 'Sungai Ambangah',
  roundId: 5,
  dueDate: '2026-03-16T08:00:00Z',
  overdue: true,
  state: 'TO_VISIT',
};

/** The next house along the same RT, a proposed removal still to visit. */
export const removalToVisit: FieldCheck = {
  ...toVisit,
  taskId: 'task-12',
  changeRequestId: 12,
  changeRequestNumber: 'CR-6112-2026-000012',
  changeType: 'REMOVE_HOUSEHOLD',
  householdId: 22,
  headName: 'Siti Aminah',
  address: 'Jl. Parit Haji Husin No. 14',
  overdue: false,
  dueDate: '2026-12-30T08:00:00Z',
};

/** A household of the next RT, visited and decided: found moved away, with a photo. */
export const decided: FieldCheck = {
  ...toVisit,
  taskId: 'task-13',
  changeRequestId: 13,
  changeRequestNumber: 'CR-6112-2026-000013',
  changeType: 'REMOVE_HOUSEHOLD',
  householdId: 23,
  headName: 'Budi Santoso',
  address: 'Gang Mawar No. 3',
  rt: '003',
  overdue: false,
  state: 'DECIDED',
  decidedAt: '2026-03-05T02:00:00Z',
  decidedBy: 'op-6112042002',
  visit: {
    id: 3,
    finding: 'MOVED',
    visitedOn: '2026-03-04',
    enumerator: 'Rudi Hartono',
    hasPhoto: true,
  },
};

export function fieldCheckPage(
  content: FieldCheck[],
  { totalElements = content.length, page = 0, size = 50 } = {},
): Page<FieldCheck> {
  return {
    content,
    page,
    size,
    totalElements,
    totalPages: Math.max(1, Math.ceil(totalElements / size)),
  };
}

/** A kecamatan's villages, the one behind first as the server sorts them. */
export const villages: VillageProgress[] = [
  {
    villageCode: '61.12.04.2002',
    villageName: 'Sungai Ambangah',
    toVisit: 14,
    visited: 2,
    decided: 30,
    overdue: 3,
    earliestDue: '2026-03-02T08:00:00Z',
    behind: true,
  },
  {
    villageCode: '61.12.04.2003',
    villageName: 'Teluk Empening',
    toVisit: 5,
    visited: 0,
    decided: 41,
    overdue: 0,
    earliestDue: '2026-12-20T08:00:00Z',
    behind: false,
  },
];

/** A filled sheet previewed: what confirming it would decide. */
export const preview: FieldImport = {
  id: 7,
  status: 'PREVIEWED',
  filename: 'lembar-lapangan-sungai-ambangah.xlsx',
  sha256: '9f2c'.repeat(16),
  rows: 40,
  toDecide: 3,
  byFinding: { FOUND: 1, MOVED: 2 },
  becomeRemovals: 2,
  notVisited: 35,
  alreadyDecided: 2,
  applying: 0,
  uploadedBy: 'op-6112042002',
  uploadedAt: '2026-03-06T03:00:00Z',
};

/** Two bad cells and a whole row of a refused sheet, as the server lists them. */
export const sheetProblems: SheetProblem[] = [
  {
    field: 'file',
    sheet: 'Rumah Tangga',
    line: 4,
    column: 'L',
    header: 'Hasil kunjungan',
    message: '"Pndah" tidak ada dalam daftar. Pilih salah satu: Ditemukan, masih layak, Pindah.',
  },
  {
    field: 'file',
    sheet: 'Rumah Tangga',
    line: 9,
    column: 'N',
    header: 'Tanggal kunjungan',
    message: '"31-02-2026" bukan tanggal: tulis HH-BB-TTTT, misalnya 05-12-2026.',
  },
  {
    field: 'file',
    sheet: 'Rumah Tangga',
    line: 12,
    column: null,
    header: null,
    message: 'Nomor usulan ini sudah ada di baris 4.',
  },
];
