import { Button, Card, Col, Empty, Flex, Row, Skeleton, Statistic, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import { intlLocale } from '@/lib/i18n';

import { useDeadlines } from '../api/get-deadlines';
import { chartSeries } from '../chart-series';
import type { DeadlineChild, DeadlineCounts, OldestOverdue } from '../types';

// ECharts is large: its own chunk, loaded only when this screen draws the chart.
const DeadlinesChart = lazy(() =>
  import('./deadlines-chart').then(({ DeadlinesChart: Chart }) => ({ default: Chart })),
);

const measures: (keyof DeadlineCounts)[] = ['total', 'dueWithin7Days', 'overdue', 'escalated'];

interface DeadlinesOverviewProps {
  /** Absent for the user's own region. */
  region?: string;
  onSelectRegion: (code: string) => void;
}

/** A region's open tasks and how late they run, per child region and stage. */
export function DeadlinesOverview({ region, onSelectRegion }: DeadlinesOverviewProps) {
  const { t } = useTranslation('supervision');
  const deadlines = useDeadlines(region);
  const dueDate = new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium' });

  if (deadlines.isError) {
    return <ProblemAlert error={deadlines.error} />;
  }
  if (!deadlines.data) {
    return <Skeleton active />;
  }
  const { totals, children } = deadlines.data;
  const chart = chartSeries(deadlines.data);

  const columns: TableColumnsType<DeadlineChild> = [
    {
      key: 'region',
      title: t('children.region'),
      render: (_, child) => (
        <Button
          type="link"
          style={{ padding: 0 }}
          aria-label={t('children.open', { name: child.name })}
          onClick={(event) => {
            event.stopPropagation();
            onSelectRegion(child.code);
          }}
        >
          {child.name}
        </Button>
      ),
    },
    ...measures.map((measure) => ({
      key: measure,
      title: t(`totals.${measure}`),
      align: 'right' as const,
      render: (_: unknown, child: DeadlineChild) => child.totals[measure],
    })),
    {
      key: 'oldestOverdue',
      title: t('children.oldestOverdue'),
      dataIndex: 'oldestOverdue',
      render: (oldest?: OldestOverdue) =>
        oldest ? (
          <Flex vertical>
            <code>{oldest.changeRequestNumber}</code>
            <Typography.Text type="secondary">
              {t(`stage.${oldest.stage}`)} · {dueDate.format(new Date(oldest.dueDate))} ·{' '}
              {t('children.daysOverdue', { count: oldest.daysOverdue })}
            </Typography.Text>
          </Flex>
        ) : (
          t('children.none')
        ),
    },
  ];

  return (
    <Flex vertical gap="middle">
      <Row gutter={[16, 16]}>
        {measures.map((measure) => (
          <Col key={measure} xs={12} md={6}>
            <Card size="small">
              <Statistic title={t(`totals.${measure}`)} value={totals[measure]} />
            </Card>
          </Col>
        ))}
      </Row>
      {children.length > 0 && (
        <Card size="small" title={t('chart.title')}>
          {chart.series.some((series) => series.data.some((value) => value > 0)) ? (
            <Suspense fallback={<Skeleton active aria-label={t('chart.loading')} />}>
              <DeadlinesChart data={chart} />
            </Suspense>
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('chart.empty')} />
          )}
        </Card>
      )}
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('children.title')}
      </Typography.Title>
      <Table<DeadlineChild>
        rowKey="code"
        size="middle"
        columns={columns}
        dataSource={children}
        loading={deadlines.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('children.empty') }}
        onRow={(child) => ({
          onClick: () => onSelectRegion(child.code),
          style: { cursor: 'pointer' },
        })}
      />
    </Flex>
  );
}
