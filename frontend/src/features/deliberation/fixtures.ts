import type { Page } from '@/lib/api-client';

import type { Bnba, Chair, Deliberation, PendingTask } from './types';

/** The Camat of Terentang, who chairs the kecamatan's plenary, for tests. */
export const camat: Chair = {
  role: 'SUBDISTRICT_HEAD',
  regionCode: '61.12.04',
  regionName: 'Terentang',
};

function task(id: string, number: string, head: string, village: [string, string]): PendingTask {
  return {
    id,
    changeRequestId: Number(number.slice(-3)),
    changeRequestNumber: number,
    changeType: 'REVERIFY',
    followUp: false,
    householdHead: head,
    villageCode: village[0],
    villageName: village[1],
    dueDate: '2099-03-16T08:00:00Z',
    overdue: false,
    decisions: ['APPROVE', 'REJECT', 'RETURN'],
  };
}

const telukEmpening: [string, string] = ['61.12.04.2002', 'Teluk Empening'];
const terentangHilir: [string, string] = ['61.12.04.2003', 'Terentang Hilir'];

/** Three plenary tasks in two villages, for tests. */
export const plenaryTasks: PendingTask[] = [
  task('task-1', 'CR-2026-000101', 'Ahmad Fauzi', telukEmpening),
  task('task-2', 'CR-2026-000102', 'Siti Aminah', terentangHilir),
  task('task-3', 'CR-2026-000103', 'Budi Santoso', telukEmpening),
];

export function tasksPage(
  content: PendingTask[],
  page: number,
  totalPages: number,
  total: number,
): Page<PendingTask> {
  return { content, page, size: 100, totalElements: total, totalPages };
}

/** A held plenary that approved one change and rejected another, for tests. */
export const heldPlenary: Deliberation = {
  id: 42,
  level: 'SUBDISTRICT',
  region: { code: '61.12.04', name: 'Terentang' },
  heldOn: '2026-11-20',
  place: 'Aula Kantor Camat Terentang',
  minutesNumber: 'BA/07/PLENO/XI/2026',
  attendees: ['Camat Terentang', 'TKSK Terentang'],
  minutes: {
    filename: 'ba-pleno.pdf',
    contentType: 'application/pdf',
    sizeBytes: 245_760,
    sha256: 'a3f1c2d4e5b6a7980112233445566778899aabbccddeeff00112233445566778',
  },
  heldBy: 'camat-611204',
  recordedAt: '2026-11-20T09:30:00Z',
  applying: 0,
  decisions: [
    {
      taskId: 'task-1',
      changeRequestId: 101,
      changeRequestNumber: 'CR-2026-000101',
      changeType: 'REVERIFY',
      household: {
        headName: 'Ahmad Fauzi',
        address: 'Jl. Parit Haji Husin No. 12',
        rt: '3',
        rw: '5',
        villageCode: '61.12.04.2002',
        villageName: 'Teluk Empening',
      },
      decision: 'APPROVE',
    },
    {
      taskId: 'task-2',
      changeRequestId: 102,
      changeRequestNumber: 'CR-2026-000102',
      changeType: 'REMOVE_HOUSEHOLD',
      household: {
        headName: 'Siti Aminah',
        address: 'Dusun Sungai Kakap',
        rt: '12',
        rw: '4',
        villageCode: '61.12.04.2003',
        villageName: 'Terentang Hilir',
      },
      decision: 'REJECT',
      reason: 'Masih tinggal di alamat yang sama',
    },
  ],
};

/** The same plenary's BNBA as the legal record. */
export const plenaryBnba: Bnba = {
  deliberationId: 42,
  level: 'SUBDISTRICT',
  heldOn: '2026-12-06',
  place: 'Aula Kantor Camat Terentang',
  minutesNumber: 'BA/07/PLENO/XII/2026',
  letterhead: [
    { level: 'PROVINCE', code: '61', name: 'Kalimantan Barat' },
    { level: 'DISTRICT', code: '61.12', name: 'Kabupaten Kubu Raya' },
    { level: 'SUBDISTRICT', code: '61.12.04', name: 'Terentang' },
  ],
  chair: { username: 'camat-611204', fullName: 'Drs. Hendra Saputra', role: 'SUBDISTRICT_HEAD' },
  attendees: ['Camat Terentang', 'TKSK Terentang'],
  rows: [
    {
      changeRequestId: 101,
      changeRequestNumber: 'CR-2026-000101',
      changeType: 'REVERIFY',
      headName: 'Ahmad Fauzi',
      headNik: '6112041503800001',
      kkNumber: '6112040101200001',
      address: 'Jl. Parit Haji Husin No. 12',
      rt: '3',
      rw: '5',
      villageCode: '61.12.04.2002',
      villageName: 'Teluk Empening',
      decision: 'APPROVE',
    },
    {
      changeRequestId: 102,
      changeRequestNumber: 'CR-2026-000102',
      changeType: 'REMOVE_HOUSEHOLD',
      headName: 'Siti Aminah',
      headNik: '6112045808410002',
      kkNumber: '6112040101200002',
      address: 'Dusun Sungai Kakap',
      rt: '12',
      rw: '4',
      villageCode: '61.12.04.2003',
      villageName: 'Terentang Hilir',
      removalReason: 'MOVED',
      decision: 'REJECT',
      reason: 'Masih tinggal di alamat yang sama',
    },
  ],
};
