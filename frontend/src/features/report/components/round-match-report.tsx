import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import { intlLocale } from '@/lib/i18n';

import { useRoundReport } from '../api/get-round-report';
import { roundReportPath, type DownloadFormat } from '../download-path';
import { matchFigureNames, matchRows, type MatchRow } from '../match-rows';

const formats: DownloadFormat[] = ['csv', 'xlsx'];

interface RoundMatchReportProps {
  roundId: number;
  /** How often to read it again while the round is starting its changes (as its bar is). */
  refreshMs: number;
}

/**
 * A round's civil-registry match per kecamatan, each opening onto its villages, with the round's
 * total and the report as CSV or XLSX. Live while the round starts its changes.
 */
export function RoundMatchReport({ roundId, refreshMs }: RoundMatchReportProps) {
  const { t } = useTranslation('report');
  const { t: tCommon } = useTranslation();
  const report = useRoundReport(roundId, refreshMs);
  const titleId = useId();
  const number = new Intl.NumberFormat(intlLocale());
  const moment = new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeStyle: 'short' });

  const columns: TableColumnsType<MatchRow> = [
    {
      key: 'region',
      title: t('match.column.region'),
      render: (_, row) =>
        row.kind === 'kecamatan' ? <Typography.Text strong>{row.name}</Typography.Text> : row.name,
    },
    ...matchFigureNames.map((name) => ({
      key: name,
      title: t(`match.column.${name}`),
      align: 'right' as const,
      render: (_: unknown, row: MatchRow) => number.format(row.figures[name]),
    })),
  ];

  return (
    <section aria-labelledby={titleId}>
      <Card size="small" title={<span id={titleId}>{t('match.title')}</span>}>
        <Flex vertical gap="small">
          <Flex justify="space-between" align="start" gap="small" wrap>
            <Typography.Text type="secondary" style={{ flex: '1 1 240px' }}>
              {t('match.explain')}
            </Typography.Text>
            <Flex gap="small" wrap>
              {formats.map((format) => (
                <Button
                  key={format}
                  icon={<DownloadOutlined />}
                  href={roundReportPath(format, roundId)}
                  download
                >
                  {t(`download.${format}`)}
                </Button>
              ))}
            </Flex>
          </Flex>
          {report.isError ? (
            <ProblemAlert
              error={report.error}
              action={
                <Button onClick={() => void report.refetch()}>{tCommon('action.retry')}</Button>
              }
            />
          ) : (
            <Table<MatchRow>
              size="small"
              columns={columns}
              dataSource={report.data ? matchRows(report.data) : []}
              loading={report.isPending}
              pagination={false}
              scroll={{ x: 'max-content' }}
              expandable={{ indentSize: 12 }}
              locale={{ emptyText: t('match.empty') }}
              summary={() =>
                report.data && (
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0}>
                      <strong>{t('total')}</strong>
                    </Table.Summary.Cell>
                    {matchFigureNames.map((name, index) => (
                      <Table.Summary.Cell key={name} index={index + 1} align="right">
                        <strong>{number.format(report.data.totals[name])}</strong>
                      </Table.Summary.Cell>
                    ))}
                  </Table.Summary.Row>
                )
              }
            />
          )}
          {report.data && (
            <Typography.Text type="secondary">
              {t('match.reached', {
                done: number.format(report.data.householdsDone),
                total: number.format(report.data.householdsTotal),
              })}{' '}
              {t('asOf', { time: moment.format(new Date(report.data.asOf)) })}
              {report.data.status === 'STARTING' && ` ${t('match.live')}`}
            </Typography.Text>
          )}
        </Flex>
      </Card>
    </section>
  );
}
