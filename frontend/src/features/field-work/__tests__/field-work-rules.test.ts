import { describe, expect, it } from 'vitest';

import {
  appliedPercent,
  photoProblem,
  reasonRequired,
  registryNumber,
  visitedOnProblem,
  worksInField,
} from '../field-work-rules';
import { decided, removalToVisit, toVisit } from '../fixtures';
import { groupByRt } from '../rt-groups';
import { visitBody, visitField } from '../visit-values';

describe('field work rules', () => {
  it('asks for a reason for every finding that removes or rejects, as the server does', () => {
    expect(reasonRequired('FOUND', 'REVERIFY')).toBe(false);
    expect(reasonRequired('FOUND', 'REMOVE_HOUSEHOLD')).toBe(true);
    expect(reasonRequired('MOVED', 'REVERIFY')).toBe(true);
    expect(reasonRequired('NO_LONGER_ELIGIBLE', undefined)).toBe(true);
    expect(reasonRequired(undefined, 'REMOVE_HOUSEHOLD')).toBe(false);
  });

  it('takes a visit dated today or up to a year back', () => {
    expect(visitedOnProblem('2026-03-06', '2026-03-06')).toBeUndefined();
    expect(visitedOnProblem('2025-03-06', '2026-03-06')).toBeUndefined();
    expect(visitedOnProblem('2026-03-07', '2026-03-06')).toBe('future');
    expect(visitedOnProblem('2025-03-05', '2026-03-06')).toBe('tooOld');
  });

  it('writes an RT or RW as the registry does', () => {
    expect(registryNumber('2')).toBe('002');
    expect(registryNumber(' 12 ')).toBe('012');
    expect(registryNumber('003')).toBe('003');
    expect(registryNumber('1a')).toBeUndefined();
    expect(registryNumber('1234')).toBeUndefined();
  });

  it('takes a JPEG or PNG of at most 10 MB as the photo', () => {
    expect(photoProblem({ type: 'image/jpeg', size: 2_000_000 })).toBeUndefined();
    expect(photoProblem({ type: 'image/heic', size: 2_000_000 })).toBe('type');
    expect(photoProblem({ type: 'image/png', size: 0 })).toBe('empty');
    expect(photoProblem({ type: 'image/png', size: 10 * 1024 * 1024 + 1 })).toBe('size');
  });

  it('gives the field checks screen to the village operator, the camat and the TKSK', () => {
    expect(worksInField('VILLAGE_OPERATOR')).toBe(true);
    expect(worksInField('SUBDISTRICT_OPERATOR')).toBe(true);
    expect(worksInField('SUBDISTRICT_HEAD')).toBe(true);
    expect(worksInField('VILLAGE_HEAD')).toBe(false);
    expect(worksInField('DISTRICT_HEAD')).toBe(false);
  });

  it('counts the decisions the engine has applied', () => {
    expect(appliedPercent({ toDecide: 3, applying: 2 })).toBe(33);
    expect(appliedPercent({ toDecide: 0, applying: 0 })).toBe(100);
  });

  it('cuts the worklist into RTs in walking order', () => {
    const groups = groupByRt([toVisit, removalToVisit, decided]);
    expect(groups.map((group) => [group.rw, group.rt, group.checks.length])).toEqual([
      ['002', '001', 2],
      ['002', '003', 1],
    ]);
  });

  it('sends the visit trimmed, without an empty reason or unanswered indicators', () => {
    expect(
      visitBody({
        finding: 'FOUND',
        reason: '  ',
        visitedOn: '2026-03-06',
        enumerator: ' Rudi Hartono ',
        welfare: { floorMaterial: 'CEMENT', lighting: undefined },
        decide: true,
      }),
    ).toEqual({
      finding: 'FOUND',
      visitedOn: '2026-03-06',
      enumerator: 'Rudi Hartono',
      welfare: { floorMaterial: 'CEMENT' },
      decide: true,
    });
    expect(visitBody({ visitedOn: '2026-03-06' })).toBeUndefined();
  });

  it('shows the server’s errors at the form’s fields, the visit as a whole above it', () => {
    expect(visitField('reason')).toEqual(['reason']);
    expect(visitField('visit.visitedOn')).toEqual(['visitedOn']);
    expect(visitField('welfare.floorAreaM2')).toEqual(['welfare', 'floorAreaM2']);
    expect(visitField('photo')).toEqual(['photo']);
    expect(visitField('visit')).toBeUndefined();
    expect(visitField('memberNiks[0].memberId')).toBeUndefined();
  });
});
