import { describe, expect, it } from 'vitest';

import { startingRoundProgress } from '../fixtures';
import { barSegments, columnSegments, countOf, percentDone, totalsOf } from '../round-stages';

const [terentang, batuAmpar] = startingRoundProgress.subdistricts;

describe('round stages', () => {
  it('counts a stage the server left out as none', () => {
    expect(countOf(terentang!, 'FIELD_CHECK')).toBe(25);
    expect(countOf(terentang!, 'SUBDISTRICT_PLENARY')).toBe(0);
    expect(countOf(terentang!, 'notStarted')).toBe(200);
    expect(countOf(batuAmpar!, 'approved')).toBe(90);
  });

  it('adds the kecamatan up, stage by stage', () => {
    expect(totalsOf(startingRoundProgress.subdistricts)).toEqual({
      households: 600,
      notStarted: 400,
      byStage: { CHECKS: 40, FIELD_CHECK: 25, VILLAGE_DELIBERATION: 10, MINISTRY_DETERMINATION: 5 },
      approved: 102,
      rejected: 16,
      withdrawn: 2,
      done: 120,
    });
  });

  it('accounts for every household of a kecamatan exactly once', () => {
    for (const kecamatan of startingRoundProgress.subdistricts) {
      const sum = columnSegments.reduce((total, segment) => total + countOf(kecamatan, segment), 0);
      expect(sum).toBe(kecamatan.households);
    }
    expect(new Set(barSegments)).toEqual(new Set(columnSegments));
  });

  it('rounds the share done down, and calls a kecamatan without households done', () => {
    expect(percentDone({ done: 20, households: 300 })).toBe(6);
    expect(percentDone({ done: 299, households: 300 })).toBe(99);
    expect(percentDone({ done: 0, households: 0 })).toBe(100);
  });
});
