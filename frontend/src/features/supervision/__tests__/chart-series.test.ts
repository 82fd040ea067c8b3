import { describe, expect, it } from 'vitest';

import { chartSeries, statusColour } from '../chart-series';
import { kubuRayaDeadlines } from '../fixtures';

describe('chart series', () => {
  it('puts a value per child region in each stage and measure, zero where a stage is absent', () => {
    const { categories, series } = chartSeries(kubuRayaDeadlines);

    expect(categories).toEqual(['Sungai Raya', 'Rasau Jaya']);
    expect(series).toEqual([
      { stage: 'FIELD_CHECK', measure: 'overdue', stack: 'overdue', data: [3, 2] },
      { stage: 'VILLAGE_DELIBERATION', measure: 'overdue', stack: 'overdue', data: [2, 0] },
      {
        stage: 'FIELD_CHECK',
        measure: 'dueWithin7Days',
        stack: 'dueWithin7Days',
        data: [4, 3],
      },
      {
        stage: 'VILLAGE_DELIBERATION',
        measure: 'dueWithin7Days',
        stack: 'dueWithin7Days',
        data: [2, 0],
      },
    ]);
  });

  it('leaves out stages with nothing overdue or due soon', () => {
    const quiet = {
      ...kubuRayaDeadlines,
      children: kubuRayaDeadlines.children.map((child) => ({
        ...child,
        byStage: child.byStage.map((counts) => ({ ...counts, overdue: 0, dueWithin7Days: 0 })),
      })),
    };

    expect(chartSeries(quiet).series).toEqual([]);
  });

  it('has no bars without child regions', () => {
    expect(chartSeries({ ...kubuRayaDeadlines, children: [] })).toEqual({
      categories: [],
      series: [],
    });
  });
});

describe('status colour', () => {
  it('is green on track, orange at risk, red late and grey without a target', () => {
    expect(statusColour('ON_TRACK')).toBe('green');
    expect(statusColour('AT_RISK')).toBe('orange');
    expect(statusColour('LATE')).toBe('red');
    expect(statusColour('NO_TARGET')).toBe('default');
  });
});
