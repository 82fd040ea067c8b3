import { Button, Flex, Progress, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import { formatDate } from '@/lib/format';
import { intlLocale } from '@/lib/i18n';

import { useProgress } from '../api/get-progress';
import type { ProgressChild, ProgressFigures } from '../types';
import { ProgressStatusTag } from './progress-status-tag';

interface ProgressTableProps {
  /** Absent for the user's own region. */
  region?: string;
  onSelectRegion: (code: string) => void;
}

/** A column both the children's rows and the total row show. */
interface FigureColumn {
  key: string;
  title: string;
  align?: 'right';
  cell: (row: ProgressFigures) => ReactNode;
}

function percentDone({ done, total }: ProgressFigures) {
  return total === 0 ? 0 : Math.floor((done / total) * 100);
}

/** Each child region's changes done towards its target date, and the region's own total. */
export function ProgressTable({ region, onSelectRegion }: ProgressTableProps) {
  const { t } = useTranslation('supervision');
  const progress = useProgress(region);
  const rate = new Intl.NumberFormat(intlLocale(), { maximumFractionDigits: 1 });
  const date = (value?: string) => (value ? formatDate(value) : t('children.none'));

  const figures: FigureColumn[] = [
    {
      key: 'done',
      title: t('progress.done'),
      // Nothing proposed is not "all done": no bar, in words.
      cell: (row) =>
        row.total === 0 ? (
          <Typography.Text type="secondary">{t('progress.nothingProposed')}</Typography.Text>
        ) : (
          <Flex vertical style={{ minWidth: 140 }}>
            <span>
              {row.done} / {row.total}
            </span>
            <Progress
              percent={percentDone(row)}
              size="small"
              aria-label={t('progress.doneOf', { done: row.done, total: row.total })}
            />
          </Flex>
        ),
    },
    {
      key: 'ratePerDay',
      title: t('progress.ratePerDay'),
      align: 'right',
      cell: (row) => rate.format(row.ratePerDay),
    },
    {
      key: 'projectedFinish',
      title: t('progress.projectedFinish'),
      cell: (row) => date(row.projectedFinish),
    },
    { key: 'target', title: t('progress.target'), cell: (row) => date(row.target) },
    {
      key: 'status',
      title: t('progress.status'),
      cell: (row) =>
        row.total === 0 ? (
          <Tag>{t('progress.nothingProposed')}</Tag>
        ) : (
          <ProgressStatusTag status={row.status} />
        ),
    },
  ];
  const columns: TableColumnsType<ProgressChild> = [
    {
      key: 'region',
      title: t('progress.region'),
      render: (_, child) => (
        <Button
          type="link"
          style={{ padding: 0 }}
          aria-label={t('children.open', { name: child.name })}
          onClick={() => onSelectRegion(child.code)}
        >
          {child.name}
        </Button>
      ),
    },
    ...figures.map(({ key, title, align, cell }) => ({
      key,
      title,
      align,
      render: (_: unknown, child: ProgressChild) => cell(child),
    })),
  ];

  return (
    <Flex vertical gap="small">
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('progress.title')}
      </Typography.Title>
      {progress.isError && <ProblemAlert error={progress.error} />}
      {progress.data && (
        <Typography.Text type="secondary">
          {t('progress.rateWindow', { days: progress.data.rateWindowDays })}
        </Typography.Text>
      )}
      <Table<ProgressChild>
        rowKey="code"
        size="middle"
        columns={columns}
        dataSource={progress.data?.children}
        loading={progress.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('progress.empty') }}
        summary={() =>
          progress.data && (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <strong>{t('progress.total')}</strong>
              </Table.Summary.Cell>
              {figures.map((column, index) => (
                <Table.Summary.Cell key={column.key} index={index + 1} align={column.align}>
                  {column.cell(progress.data.totals)}
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          )
        }
      />
    </Flex>
  );
}
