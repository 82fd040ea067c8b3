import { describe, expect, it } from 'vitest';

import { regionsBelow } from '../region-code';

describe('regions below', () => {
  it('lists the regions between the home region and a village', () => {
    expect(regionsBelow('61.12.04.2002', '61.12')).toEqual(['61.12.04', '61.12.04.2002']);
  });

  it('starts at the province for the whole country', () => {
    expect(regionsBelow('61.12', null)).toEqual(['61', '61.12']);
  });

  it('is empty for the home region itself', () => {
    expect(regionsBelow('61.12', '61.12')).toEqual([]);
  });
});
