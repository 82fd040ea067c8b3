import type { ChangeRequestDetails, ChangeRequestSummary, HouseholdForChange } from '../types';

export const household: HouseholdForChange = {
  id: 12,
  kkNumber: '6112040101200001',
  address: 'Jl. Parit Haji Husin',
  rt: '001',
  rw: '002',
  villageCode: '61.12.04.2002',
  status: 'ACTIVE',
  welfare: {
    houseOwnership: 'OWNED',
    floorAreaM2: 36,
    floorMaterial: 'LOW_QUALITY_WOOD',
    wallMaterial: 'WOOD',
    roofMaterial: 'ZINC',
    drinkingWater: 'PROTECTED_WELL',
    lighting: 'PLN_UNMETERED',
    sanitation: 'SHARED',
    cookingFuel: 'FIREWOOD',
    monthlyExpenditure: 1250000,
  },
  members: [
    { id: 1, name: 'Ahmad Fauzi', relationship: 'HEAD', status: 'ACTIVE' },
    { id: 2, name: 'Nurhayati', relationship: 'SPOUSE', status: 'ACTIVE' },
    { id: 3, name: 'Siti Aminah', relationship: 'CHILD', status: 'REMOVED' },
  ],
};

export const proposed: ChangeRequestDetails = {
  id: 501,
  number: 'CR-6112-2026-000501',
  type: 'REMOVE_HOUSEHOLD',
  householdId: 12,
  status: 'IN_PROGRESS',
  stage: 'CHECKS',
};

export const summary = (overrides: Partial<ChangeRequestSummary>): ChangeRequestSummary => ({
  id: 501,
  number: 'CR-6112-2026-000501',
  type: 'REVERIFY',
  stage: 'FIELD_CHECK',
  status: 'IN_PROGRESS',
  villageCode: '61.12.04.2002',
  villageName: 'Sungai Ambangah',
  householdHead: 'Ahmad Fauzi',
  dueDate: '2099-03-16T08:00:00Z',
  overdue: false,
  proposedAt: '2026-03-02T08:00:00Z',
  proposedBy: 'op-6112042002',
  ...overrides,
});
