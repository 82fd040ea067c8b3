import { DownloadOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import { isApiError } from '@/lib/api-client';
import { intlLocale } from '@/lib/i18n';
import { problemText } from '@/lib/problem-text';

import { useSummary } from '../api/get-summary';
import { downloadPath } from '../download-path';
import type { Figures, Period, SummaryChild, SummaryFilter } from '../types';
import { PeriodPicker } from './period-picker';

const figureNames: (keyof Figures)[] = [
  'households',
  'members',
  'matched',
  'notMatched',
  'unchecked',
  'died',
  'proposedForDeletion',
  'withoutEktp',
];

const periodNames = [
  'householdsBefore',
  'householdsAfter',
  'membersBefore',
  'membersAfter',
] as const;

interface Row {
  figures: Figures;
  period?: Period;
}

interface FigureColumn {
  key: string;
  title: string;
  cell: (row: Row) => ReactNode;
}

interface SummaryReportProps {
  filter: SummaryFilter;
  onSelectRegion: (code: string) => void;
  onPeriodChange: (since?: string, until?: string) => void;
}

/** The published figures per child region and in total, with the period and the downloads. */
export function SummaryReport({ filter, onSelectRegion, onPeriodChange }: SummaryReportProps) {
  const { t } = useTranslation('report');
  const { t: tCommon } = useTranslation();
  const summary = useSummary(filter);
  const number = new Intl.NumberFormat(intlLocale());
  // A bad date is the user's to fix beside the picker; anything else is the page's problem.
  const badDates = isApiError(summary.error, 400);
  const withPeriod = Boolean(summary.data?.period);

  const figures: FigureColumn[] = [
    ...figureNames.map((name) => ({
      key: name,
      title: t(`column.${name}`),
      cell: (row: Row) => number.format(row.figures[name]),
    })),
    ...(withPeriod ? periodNames : []).map((name) => ({
      key: name,
      title: t(`column.${name}`),
      cell: (row: Row) => (row.period ? number.format(row.period[name]) : tCommon('state.unknown')),
    })),
  ];
  const columns: TableColumnsType<SummaryChild> = [
    {
      key: 'region',
      title: t('column.region'),
      render: (_, child) => (
        <Button
          type="link"
          style={{ padding: 0 }}
          aria-label={t('open', { name: child.name })}
          onClick={() => onSelectRegion(child.code)}
        >
          {child.name}
        </Button>
      ),
    },
    ...figures.map(({ key, title, cell }) => ({
      key,
      title,
      align: 'right' as const,
      render: (_: unknown, child: SummaryChild) => cell(child),
    })),
  ];

  return (
    <Flex vertical gap="middle">
      <Flex gap="middle" wrap align="start" justify="space-between">
        <PeriodPicker
          since={filter.since}
          until={filter.until}
          error={badDates ? problemText(summary.error, tCommon) : undefined}
          onChange={onPeriodChange}
        />
        <Flex gap="small" wrap>
          <Button icon={<DownloadOutlined />} href={downloadPath('csv', filter)} download>
            {t('download.csv')}
          </Button>
          <Button icon={<DownloadOutlined />} href={downloadPath('xlsx', filter)} download>
            {t('download.xlsx')}
          </Button>
        </Flex>
      </Flex>
      {summary.isError && !badDates && <ProblemAlert error={summary.error} />}
      <Table<SummaryChild>
        rowKey="code"
        size="middle"
        columns={columns}
        dataSource={badDates ? [] : summary.data?.children}
        loading={summary.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('empty') }}
        summary={() =>
          summary.data &&
          !badDates && (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <strong>{t('total')}</strong>
              </Table.Summary.Cell>
              {figures.map((column, index) => (
                <Table.Summary.Cell key={column.key} index={index + 1} align="right">
                  <strong>{column.cell(summary.data)}</strong>
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          )
        }
      />
      {summary.data && (
        <Typography.Text type="secondary">
          {t('asOf', {
            time: new Intl.DateTimeFormat(intlLocale(), {
              dateStyle: 'medium',
              timeStyle: 'short',
            }).format(new Date(summary.data.asOf)),
          })}
        </Typography.Text>
      )}
    </Flex>
  );
}
