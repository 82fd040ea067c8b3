import { Flex, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ProblemAlert } from '@/components/problem-alert';
import { formatDate } from '@/lib/format';
import { intlLocale } from '@/lib/i18n';

import { useRoundProgress } from '../api/get-round-progress';
import {
  barSegments,
  columnSegments,
  countOf,
  percentDone,
  segmentColour,
  totalsOf,
  type Segment,
  type StageFigures,
} from '../round-stages';
import type { RoundProgressKecamatan } from '../types';
import { ProgressStatusTag } from './progress-status-tag';

interface RoundStagesTableProps {
  roundId: number;
  /** How often to read it again while the round is starting its changes (as its bar is). */
  refreshMs: number;
  /** The round's own page. */
  roundPath: string;
}

/**
 * Lets the keyboard scroll the table sideways (WCAG 2.1.1): it holds no link or button to tab to,
 * so the box antd scrolls it in takes the focus itself, named by the section's title.
 */
function useKeyboardScroll(titleId: string) {
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const scroller = wrapper.current?.querySelector<HTMLElement>('.ant-table-content');
    if (scroller && !scroller.hasAttribute('tabindex')) {
      scroller.tabIndex = 0;
      scroller.setAttribute('role', 'group');
      scroller.setAttribute('aria-labelledby', titleId);
    }
  });
  return wrapper;
}

/** A part of the bar or a column, by its name in the user's language. */
function useSegmentName() {
  const { t } = useTranslation('supervision');
  return (segment: Segment) =>
    segment === 'notStarted' ||
    segment === 'approved' ||
    segment === 'rejected' ||
    segment === 'withdrawn'
      ? t(`round.segment.${segment}`)
      : t(`stage.${segment}`);
}

/**
 * A round per kecamatan: its households not started, their changes at each stage of the chain and
 * how those ended, as figures and as a stacked bar, against the kecamatan's target date with the
 * projected finish. Live while the round starts its changes.
 */
export function RoundStagesTable({ roundId, refreshMs, roundPath }: RoundStagesTableProps) {
  const { t } = useTranslation('supervision');
  const progress = useRoundProgress(roundId, refreshMs);
  const segmentName = useSegmentName();
  const titleId = useId();
  const scroller = useKeyboardScroll(titleId);
  const number = new Intl.NumberFormat(intlLocale());
  const rate = new Intl.NumberFormat(intlLocale(), { maximumFractionDigits: 1 });
  const data = progress.data;

  const counts = columnSegments.map((segment) => ({
    key: segment,
    title: segmentName(segment),
    align: 'right' as const,
    render: (_: unknown, kecamatan: StageFigures) => number.format(countOf(kecamatan, segment)),
  }));
  const columns: TableColumnsType<RoundProgressKecamatan> = [
    {
      key: 'name',
      title: t('round.kecamatan'),
      dataIndex: 'name',
      fixed: 'start',
      render: (name: string) => <Typography.Text strong>{name}</Typography.Text>,
    },
    {
      key: 'bar',
      title: t('round.done'),
      render: (_, kecamatan) => <StageBar label={kecamatan.name} figures={kecamatan} />,
    },
    ...counts,
    {
      key: 'targetDate',
      title: t('progress.target'),
      dataIndex: 'targetDate',
      render: (date: string) => formatDate(date),
    },
    {
      key: 'ratePerDay',
      title: t('progress.ratePerDay'),
      align: 'right',
      dataIndex: 'ratePerDay',
      render: (value: number) => rate.format(value),
    },
    {
      key: 'projectedFinish',
      title: t('progress.projectedFinish'),
      dataIndex: 'projectedFinish',
      render: (date?: string) => (date ? formatDate(date) : t('children.none')),
    },
    {
      key: 'status',
      title: t('progress.status'),
      render: (_, kecamatan) => <ProgressStatusTag status={kecamatan.status} />,
    },
  ];

  return (
    <section aria-labelledby={titleId}>
      <Flex vertical gap="small">
        <Flex justify="space-between" align="baseline" gap="small" wrap>
          <Typography.Title id={titleId} level={2} style={{ margin: 0 }}>
            {data ? t('round.title', { name: data.roundName }) : t('round.titleLoading')}
          </Typography.Title>
          <Link to={roundPath}>{t('round.openRound')}</Link>
        </Flex>
        {progress.isError && <ProblemAlert error={progress.error} />}
        {data && (
          <Typography.Text type="secondary">
            {t('progress.rateWindow', { days: data.rateWindowDays })}
            {data.status === 'STARTING' && ` ${t('round.live')}`}
          </Typography.Text>
        )}
        <div ref={scroller}>
          <Table<RoundProgressKecamatan>
            rowKey="code"
            size="small"
            columns={columns}
            dataSource={data?.subdistricts}
            loading={progress.isPending && !progress.isError}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('round.empty') }}
            summary={(rows) => {
              if (rows.length === 0) {
                return null;
              }
              const totals = totalsOf(rows);
              return (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0}>
                    <strong>{t('progress.total')}</strong>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={1}>
                    <StageBar label={t('progress.total')} figures={totals} />
                  </Table.Summary.Cell>
                  {columnSegments.map((segment, index) => (
                    <Table.Summary.Cell key={segment} index={index + 2} align="right">
                      <strong>{number.format(countOf(totals, segment))}</strong>
                    </Table.Summary.Cell>
                  ))}
                  <Table.Summary.Cell index={columnSegments.length + 2} colSpan={4} />
                </Table.Summary.Row>
              );
            }}
          />
        </div>
        <StageLegend />
      </Flex>
    </section>
  );
}

/**
 * Where a kecamatan's households stand, as one bar in parts (changes ended first, then from the
 * furthest stage back to not started). A `progressbar` of the households done, its parts in words.
 */
function StageBar({ label, figures }: { label: string; figures: StageFigures }) {
  const { t } = useTranslation('supervision');
  const segmentName = useSegmentName();
  const number = new Intl.NumberFormat(intlLocale());
  const percent = percentDone(figures);
  const done = t('round.doneOf', {
    done: number.format(figures.done),
    total: number.format(figures.households),
    percent,
  });
  const parts = barSegments
    .map((segment) => ({ segment, count: countOf(figures, segment) }))
    .filter(({ count }) => count > 0);
  const described = parts
    .map(({ segment, count }) => `${segmentName(segment)} ${number.format(count)}`)
    .join(', ');

  return (
    <Flex vertical gap={2} style={{ minWidth: 180 }}>
      <div
        role="progressbar"
        aria-label={t('round.barLabel', { name: label })}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={described ? `${done}; ${described}` : done}
        style={{
          display: 'flex',
          height: 12,
          borderRadius: 6,
          overflow: 'hidden',
          background: segmentColour.notStarted,
          boxShadow: 'inset 0 0 0 1px rgba(5, 5, 5, 0.06)',
        }}
      >
        {figures.households > 0 &&
          parts.map(({ segment, count }) => (
            <span
              key={segment}
              title={`${segmentName(segment)}: ${number.format(count)}`}
              data-segment={segment}
              style={{
                width: `${(count * 100) / figures.households}%`,
                background: segmentColour[segment],
              }}
            />
          ))}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {done}
      </Typography.Text>
    </Flex>
  );
}

/** What each colour of the bars stands for, in the bars' order. */
function StageLegend() {
  const { t } = useTranslation('supervision');
  const segmentName = useSegmentName();
  return (
    <ul
      aria-label={t('round.legend')}
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: '4px 16px',
        listStyle: 'none',
        margin: 0,
        padding: 0,
      }}
    >
      {barSegments.map((segment) => (
        <li key={segment} style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
          <span
            aria-hidden
            style={{
              display: 'inline-block',
              width: 12,
              height: 12,
              borderRadius: 2,
              background: segmentColour[segment],
              boxShadow: 'inset 0 0 0 1px rgba(5, 5, 5, 0.15)',
            }}
          />
          <Typography.Text type="secondary">{segmentName(segment)}</Typography.Text>
        </li>
      ))}
    </ul>
  );
}
