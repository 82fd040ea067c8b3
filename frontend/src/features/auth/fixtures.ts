import type { Me } from './types';

/** A signed-in village operator, for tests. */
export const villageOperator: Me = {
  username: 'op-6112042002',
  fullName: 'Siti Rahmawati',
  role: 'VILLAGE_OPERATOR',
  regionCode: '61.12.04.2002',
  regionName: 'Sungai Ambangah',
  regionLevel: 'VILLAGE',
};
