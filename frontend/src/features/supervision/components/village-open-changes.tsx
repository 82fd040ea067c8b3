import { Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DueDateTag } from '@/components/due-date-tag';
import { ProblemAlert } from '@/components/problem-alert';
import { usePaging } from '@/lib/paging';

import { openChangesPageSize, useOpenChanges } from '../api/get-open-changes';
import type { OpenChange } from '../types';

interface VillageOpenChangesProps {
  village: string;
  /** Where a change's page is: its number links there. */
  changePath: (id: number) => string;
}

/**
 * The bottom of the region tree: a village has no regions below it, so its supervision lists the
 * changes under way there, each to its page, with the stage and the due date.
 */
export function VillageOpenChanges({ village, changePath }: VillageOpenChangesProps) {
  const { t } = useTranslation(['supervision', 'inbox']);
  const paging = usePaging({ size: openChangesPageSize, filter: village });
  const changes = useOpenChanges(village, paging.page);

  const columns: TableColumnsType<OpenChange> = [
    {
      key: 'number',
      title: t('inbox:field.number'),
      render: (_, change) => (
        <Link to={changePath(change.id)}>
          <code>{change.number}</code>
        </Link>
      ),
    },
    {
      key: 'type',
      title: t('inbox:field.type'),
      render: (_, change) => t(`inbox:changeType.${change.type}`),
    },
    {
      key: 'head',
      title: t('inbox:field.householdHead'),
      render: (_, change) => change.householdHead,
    },
    {
      key: 'stage',
      title: t('inbox:field.stage'),
      render: (_, change) => t(`inbox:stage.${change.stage}`),
    },
    {
      key: 'dueDate',
      title: t('inbox:field.dueDate'),
      render: (_, change) => <DueDateTag dueDate={change.dueDate} />,
    },
  ];

  return (
    <Flex vertical gap="small">
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('village.openChanges')}
      </Typography.Title>
      {changes.isError && <ProblemAlert error={changes.error} />}
      <Table<OpenChange>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={changes.data?.content}
        loading={changes.isFetching}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('village.noOpenChanges') }}
        pagination={paging.pagination(changes.data, {
          total: (count) => t('village.total', { count }),
          hideOnSinglePage: true,
        })}
      />
    </Flex>
  );
}
