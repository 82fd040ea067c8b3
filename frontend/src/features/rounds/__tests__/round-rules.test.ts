import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';

import { roundsQuery } from '../api/get-rounds';
import { roundQuery } from '../api/get-round';
import { allStartedRound, pausedRound, roundsPage, startingRound } from '../fixtures';
import { chosenRows, roundField } from '../open-round-values';
import { isOverdue, opensRounds, percentOf, readsRounds, today } from '../round-rules';
import type { Round } from '../types';

describe('round rules', () => {
  it('opens rounds for the district and the ministry, and shows them to those who follow them', () => {
    expect(opensRounds('DISTRICT_HEAD')).toBe(true);
    expect(opensRounds('DISTRICT_OPERATOR')).toBe(true);
    expect(opensRounds('MINISTRY_OFFICER')).toBe(true);
    expect(opensRounds('SUPERVISOR')).toBe(false);
    expect(opensRounds('SUBDISTRICT_HEAD')).toBe(false);

    for (const role of [
      'SUPERVISOR',
      'AUDITOR',
      'SUBDISTRICT_HEAD',
      'SUBDISTRICT_OPERATOR',
    ] as const) {
      expect(readsRounds(role), role).toBe(true);
    }
    expect(readsRounds('VILLAGE_OPERATOR')).toBe(false);
    expect(readsRounds('ADMIN')).toBe(false);
  });

  it('calls a kecamatan late only after its target date, and only while households wait', () => {
    const kecamatan = { targetDate: '2026-11-30', householdsDone: 10, householdsTotal: 20 };

    expect(isOverdue(kecamatan, '2026-11-30')).toBe(false);
    expect(isOverdue(kecamatan, '2026-12-01')).toBe(true);
    expect(isOverdue({ ...kecamatan, householdsDone: 20 }, '2026-12-01')).toBe(false);
  });

  it('measures with one decimal, a kecamatan without households as done', () => {
    expect(percentOf(20, 300)).toBe(6.7);
    expect(percentOf(0, 0)).toBe(100);
    expect(today(new Date(2027, 0, 4, 23, 59))).toBe('2027-01-04');
  });

  it("keeps the chosen kecamatan in the district's order with the dates already given", () => {
    const order = ['61.12.04', '61.12.05', '61.12.06'];
    const march = '2027-03-31';

    expect(
      chosenRows(['61.12.06', '61.12.04'], order, [{ code: '61.12.06', targetDate: march }]),
    ).toEqual([{ code: '61.12.04' }, { code: '61.12.06', targetDate: march }]);
  });

  it("places the scope's error on the kecamatan choice and a kecamatan's on its row", () => {
    expect(roundField('subdistricts')).toEqual(['chosen']);
    expect(roundField('subdistricts[2].targetDate')).toEqual(['subdistricts', 2, 'targetDate']);
    expect(roundField('targetDate')).toEqual(['targetDate']);
  });

  it('reads a round again every few seconds while it starts, and a page while one of it does', () => {
    const client = new QueryClient();
    const interval = (round: Round) => {
      const options = roundQuery(round.id);
      client.setQueryData(options.queryKey, round);
      const query = client.getQueryCache().find({ queryKey: options.queryKey })!;
      return typeof options.refetchInterval === 'function'
        ? options.refetchInterval(query as never)
        : options.refetchInterval;
    };
    expect(interval(startingRound)).toBeGreaterThanOrEqual(2000);
    expect(interval(startingRound)).toBeLessThanOrEqual(3000);
    expect(interval(pausedRound)).toBe(false);
    expect(interval(allStartedRound)).toBe(false);

    const pageInterval = (content: Round[]) => {
      const options = roundsQuery({ page: 0, size: 20 });
      client.setQueryData(options.queryKey, roundsPage(content));
      const query = client.getQueryCache().find({ queryKey: options.queryKey })!;
      return typeof options.refetchInterval === 'function'
        ? options.refetchInterval(query as never)
        : options.refetchInterval;
    };
    expect(pageInterval([allStartedRound, startingRound])).toBeGreaterThan(0);
    expect(pageInterval([allStartedRound, pausedRound])).toBe(false);
  });
});
