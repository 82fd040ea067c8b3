import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { ProblemAlert } from '@/components/problem-alert';
import { formatDate } from '@/lib/format';
import { usePaging } from '@/lib/paging';

import { useDeliberations } from '../api/get-deliberations';
import type { DeliberationSummary } from '../types';

const pageSize = 20;

interface DeliberationListProps {
  /** From 0. */
  page: number;
  onPageChange: (page: number) => void;
  /** Where a chair starts a new deliberation; none for those who only read. */
  newPath?: string;
  detailPath: (id: number) => string;
}

/** The deliberations of my region, newest first. */
export function DeliberationList({
  page,
  onPageChange,
  newPath,
  detailPath,
}: DeliberationListProps) {
  const { t } = useTranslation('deliberation');
  const { t: tCommon } = useTranslation();
  const navigate = useNavigate();
  const paging = usePaging({ size: pageSize, page, onPageChange });
  const deliberations = useDeliberations({ page: paging.page, size: paging.size });

  const columns: TableColumnsType<DeliberationSummary> = [
    {
      title: t('list.heldOn'),
      key: 'heldOn',
      render: (_, row) => <Link to={detailPath(row.id)}>{formatDate(row.heldOn)}</Link>,
    },
    { title: t('list.level'), key: 'level', render: (_, row) => t(`level.${row.level}`) },
    {
      title: t('list.region'),
      key: 'region',
      render: (_, row) => (row.region ? (row.region.name ?? row.region.code) : t('national')),
    },
    { title: t('list.place'), dataIndex: 'place', key: 'place' },
    { title: t('list.minutesNumber'), dataIndex: 'minutesNumber', key: 'minutesNumber' },
    {
      title: t('list.decisionCount'),
      dataIndex: 'decisionCount',
      key: 'decisionCount',
      align: 'right',
    },
  ];

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" gap="middle" wrap>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t('list.title')}
        </Typography.Title>
        {newPath && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(newPath)}>
            {t('list.new')}
          </Button>
        )}
      </Flex>
      {deliberations.isError ? (
        <ProblemAlert
          error={deliberations.error}
          action={
            <Button onClick={() => void deliberations.refetch()}>{tCommon('action.retry')}</Button>
          }
        />
      ) : (
        <Table<DeliberationSummary>
          rowKey="id"
          size="small"
          loading={deliberations.isFetching}
          columns={columns}
          dataSource={deliberations.data?.content ?? []}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty description={t('list.empty')} /> }}
          pagination={paging.pagination(deliberations.data, {
            total: (count) => t('list.total', { count }),
          })}
        />
      )}
    </Flex>
  );
}
