import type { Deadlines, ProgressStatus, Stage } from './types';
import { stages } from './types';

/** The antd Tag colour of a progress status. */
export function statusColour(status: ProgressStatus) {
  switch (status) {
    case 'ON_TRACK':
      return 'green';
    case 'AT_RISK':
      return 'orange';
    case 'LATE':
      return 'red';
    case 'NO_TARGET':
      return 'default';
  }
}

export type DeadlineMeasure = 'overdue' | 'dueWithin7Days';

/** One bar series: a stage's overdue or due-soon tasks, one value per child region. */
export interface DeadlineSeries {
  stage: Stage;
  measure: DeadlineMeasure;
  /** Series of the same measure stack on one bar. */
  stack: DeadlineMeasure;
  data: number[];
}

export interface DeadlineChartData {
  /** The child regions' names, in the API's order. */
  categories: string[];
  series: DeadlineSeries[];
}

/**
 * A stacked bar per child region and measure (overdue, due within 7 days), one segment per stage.
 * Stages with nothing overdue or due soon anywhere are left out, so the legend names only what shows.
 */
export function chartSeries(deadlines: Deadlines): DeadlineChartData {
  const measures: DeadlineMeasure[] = ['overdue', 'dueWithin7Days'];
  const series = measures.flatMap((measure) =>
    stages.map((stage) => ({
      stage,
      measure,
      stack: measure,
      data: deadlines.children.map(
        (child) => child.byStage.find((counts) => counts.stage === stage)?.[measure] ?? 0,
      ),
    })),
  );
  return {
    categories: deadlines.children.map((child) => child.name),
    series: series.filter(({ data }) => data.some((value) => value > 0)),
  };
}
