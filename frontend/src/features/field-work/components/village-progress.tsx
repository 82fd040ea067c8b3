import { Button, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import { formatDueDate } from '@/lib/due-date';
import { intlLocale } from '@/lib/i18n';

import { useFieldProgress } from '../api/get-field-progress';
import type { VillageProgress as Village } from '../types';
import './field-work.css';

interface VillageProgressProps {
  /** Within my region; mine when absent. */
  region?: string;
  round?: number;
  onSelectVillage: (villageCode: string) => void;
}

/**
 * How far each village of a kecamatan has got with its field checks, those behind (an open check
 * past its due date) first and marked, as the server orders them; a village's name opens its
 * worklist.
 */
export function VillageProgress({ region, round, onSelectVillage }: VillageProgressProps) {
  const { t } = useTranslation('field-work');
  const { t: tCommon } = useTranslation();
  const progress = useFieldProgress({ region, round });
  const count = new Intl.NumberFormat(intlLocale());
  const figure = (key: 'toVisit' | 'visited' | 'decided' | 'overdue') => ({
    key,
    title: t(`progress.${key}`),
    align: 'right' as const,
    render: (_: unknown, village: Village) =>
      key === 'overdue' && village.overdue > 0 ? (
        <Typography.Text type="danger" strong>
          {count.format(village.overdue)}
        </Typography.Text>
      ) : (
        count.format(village[key])
      ),
  });
  const columns: TableColumnsType<Village> = [
    {
      key: 'village',
      title: t('progress.village'),
      render: (_, village) => {
        const name = village.villageName ?? village.villageCode;
        return (
          <Button
            type="link"
            style={{ padding: 0, minHeight: 44 }}
            aria-label={t('progress.open', { name })}
            onClick={() => onSelectVillage(village.villageCode)}
          >
            {name}
          </Button>
        );
      },
    },
    figure('toVisit'),
    figure('visited'),
    figure('decided'),
    figure('overdue'),
    {
      key: 'earliestDue',
      title: t('progress.earliestDue'),
      render: (_, village) =>
        village.earliestDue ? formatDueDate(village.earliestDue) : tCommon('state.unknown'),
    },
    {
      key: 'standing',
      title: t('progress.standing'),
      render: (_, village) =>
        village.behind ? (
          <Tag color="red">{t('progress.behind')}</Tag>
        ) : (
          <Tag color="green">{t('progress.onTrack')}</Tag>
        ),
    },
  ];

  return (
    <Flex vertical gap="small">
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('progress.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('progress.intro')}</Typography.Text>
      {progress.isError && (
        <ProblemAlert
          error={progress.error}
          action={
            <Button onClick={() => void progress.refetch()}>{tCommon('action.retry')}</Button>
          }
        />
      )}
      <Table<Village>
        rowKey="villageCode"
        size="middle"
        columns={columns}
        dataSource={progress.data}
        loading={progress.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowClassName={(village) => (village.behind ? 'field-work-behind' : '')}
        locale={{ emptyText: t('progress.empty') }}
      />
    </Flex>
  );
}
