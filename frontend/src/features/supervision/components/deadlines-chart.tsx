import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import type { DeadlineChartData } from '../chart-series';

// Only the parts this chart draws, so the chunk stays small. ECharts is used directly: the installed
// echarts-for-react (3.0.6) ships CommonJS that requires tslib without depending on it, so it cannot be bundled.
echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

interface DeadlinesChartProps {
  data: DeadlineChartData;
}

/** A horizontal bar per child region: overdue and due-soon tasks, stacked by stage. */
export function DeadlinesChart({ data }: DeadlinesChartProps) {
  const { t } = useTranslation('supervision');
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) {
      return;
    }
    const instance = echarts.init(element);
    chart.current = instance;
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(element);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const option = {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 8, right: 16, top: 8, bottom: 40, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: data.categories, inverse: true },
      series: data.series.map(({ stage, measure, stack, data: values }) => ({
        type: 'bar',
        name: t('chart.series', { measure: t(`totals.${measure}`), stage: t(`stage.${stage}`) }),
        stack,
        data: values,
      })),
    };
    chart.current?.setOption(option, { notMerge: true });
  }, [data, t]);

  return (
    <div
      ref={container}
      role="img"
      aria-label={t('chart.title')}
      style={{ height: Math.max(240, data.categories.length * 56 + 80), width: '100%' }}
    />
  );
}
