import { Button, Flex, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import { formatDate } from '@/lib/format';
import { usePaging } from '@/lib/paging';

import { useRounds } from '../api/get-rounds';
import { isLive } from '../round-rules';
import type { Round } from '../types';
import { RoundProgress } from './round-progress';
import { RoundStatusTag } from './round-status-tag';

const pageSize = 5;

interface RoundChooserProps {
  /** The round chosen now, if any. */
  value?: number;
  onChoose: (id: number) => void;
}

/** The rounds the user may follow, newest first, a few at a time: choosing one shows it elsewhere. */
export function RoundChooser({ value, onChoose }: RoundChooserProps) {
  const { t } = useTranslation('rounds');
  const { t: tCommon } = useTranslation();
  const paging = usePaging({ size: pageSize });
  const rounds = useRounds({ page: paging.page, size: paging.size });
  const titleId = useId();

  const columns: TableColumnsType<Round> = [
    {
      key: 'name',
      title: t('chooser.name'),
      render: (_, round) => (
        <Button
          type="link"
          aria-pressed={round.id === value}
          style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
          onClick={() => onChoose(round.id)}
        >
          {round.name}
        </Button>
      ),
    },
    {
      key: 'status',
      title: t('chooser.status'),
      render: (_, round) => <RoundStatusTag status={round.status} />,
    },
    {
      key: 'where',
      title: t('chooser.where'),
      render: (_, round) =>
        t('list.where', {
          district: round.district.name,
          date: formatDate(round.startsOn),
          count: round.subdistricts.length,
        }),
    },
    {
      key: 'progress',
      title: t('chooser.progress'),
      render: (_, round) => (
        <div style={{ minWidth: 200 }}>
          <RoundProgress
            label={round.name}
            done={round.householdsDone}
            total={round.householdsTotal}
            percent={round.percentDone}
            live={isLive(round)}
            size="small"
          />
        </div>
      ),
    },
  ];

  return (
    <section aria-labelledby={titleId}>
      <Flex vertical gap="small">
        <Typography.Title id={titleId} level={2} style={{ margin: 0 }}>
          {t('chooser.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('chooser.intro')}</Typography.Text>
        {rounds.isError && (
          <ProblemAlert
            error={rounds.error}
            action={
              <Button onClick={() => void rounds.refetch()}>{tCommon('action.retry')}</Button>
            }
          />
        )}
        <Table<Round>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={rounds.data?.content}
          loading={rounds.isPending && !rounds.isError}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('list.empty') }}
          onRow={(round) => ({
            'aria-current': round.id === value ? 'true' : undefined,
            style: round.id === value ? { background: '#e6f4ff' } : undefined,
          })}
          pagination={paging.pagination(rounds.data, {
            total: (count) => t('list.total', { count }),
            hideOnSinglePage: true,
          })}
        />
      </Flex>
    </section>
  );
}
