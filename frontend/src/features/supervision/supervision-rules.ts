import type { Schemas } from '@/lib/api-types';

type Role = Schemas['MeView']['role'];

/**
 * Who reads the supervision views (the server's Readers): supervisors, the district's head and
 * operator, and the ministry's officers. Village and kecamatan officials work through their inboxes.
 */
const readers: readonly Role[] = [
  'SUPERVISOR',
  'DISTRICT_HEAD',
  'DISTRICT_OPERATOR',
  'MINISTRY_OFFICER',
];

export const readsSupervision = (role: Role) => readers.includes(role);
