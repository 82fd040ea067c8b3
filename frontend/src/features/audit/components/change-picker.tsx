import { Alert, Card, Flex, Input, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { ProblemAlert } from '@/components/problem-alert';
import { usePaging } from '@/lib/paging';

import { useChanges } from '../api/get-changes';
import { formatInstant } from '../format-instant';
import type { ChangeStatus, ChangeSummary } from '../types';

export const changesPageSize = 20;

const statusColor: Record<ChangeStatus, string> = {
  IN_PROGRESS: 'processing',
  APPROVED: 'success',
  REJECTED: 'error',
  WITHDRAWN: 'default',
};

interface ChangePickerProps {
  /** Where one change's replay is. */
  replayPath: (id: number) => string;
}

/** The changes in the auditor's region, and a box to open one by its ID or number. */
export function ChangePicker({ replayPath }: ChangePickerProps) {
  const { t } = useTranslation('audit');
  const navigate = useNavigate();
  const paging = usePaging({ size: changesPageSize });
  const [missing, setMissing] = useState<string>();
  const changes = useChanges({ page: paging.page, size: paging.size });

  const open = (query: string) => {
    const wanted = query.trim();
    if (!wanted) {
      return;
    }
    const byNumber = changes.data?.content.find(
      (change) => change.number.toLowerCase() === wanted.toLowerCase(),
    );
    const id = byNumber?.id ?? (/^\d+$/.test(wanted) ? Number(wanted) : undefined);
    if (id === undefined) {
      setMissing(wanted);
      return;
    }
    setMissing(undefined);
    void navigate(replayPath(id));
  };

  const columns: TableColumnsType<ChangeSummary> = [
    {
      key: 'number',
      title: t('changes.number'),
      dataIndex: 'number',
      render: (number: string, change) => (
        <Link to={replayPath(change.id)} onClick={(event) => event.stopPropagation()}>
          <code>{number}</code>
        </Link>
      ),
    },
    {
      key: 'type',
      title: t('changes.type'),
      dataIndex: 'type',
      render: (type: string) => t(`changeType.${type}`, { defaultValue: type }),
    },
    {
      key: 'status',
      title: t('changes.status'),
      dataIndex: 'status',
      render: (status: ChangeStatus) => (
        <Tag color={statusColor[status]}>{t(`changeStatus.${status}`)}</Tag>
      ),
    },
    { key: 'household', title: t('changes.household'), dataIndex: 'householdHead' },
    { key: 'village', title: t('changes.village'), dataIndex: 'villageName' },
    {
      key: 'proposedAt',
      title: t('changes.proposedAt'),
      dataIndex: 'proposedAt',
      render: formatInstant,
    },
    { key: 'proposedBy', title: t('changes.proposedBy'), dataIndex: 'proposedBy' },
  ];

  return (
    <Card title={t('changes.title')}>
      <Flex vertical gap="middle">
        <Input.Search
          allowClear
          enterButton={t('changes.openButton')}
          placeholder={t('changes.open')}
          aria-label={t('changes.open')}
          onSearch={open}
          style={{ maxWidth: 420 }}
        />
        {missing && (
          <Alert type="warning" showIcon title={t('changes.notOnPage', { q: missing })} />
        )}
        {changes.isError && <ProblemAlert error={changes.error} />}
        <Table<ChangeSummary>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={changes.data?.content}
          loading={changes.isFetching}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('changes.empty') }}
          onRow={(change) => ({
            onClick: () => void navigate(replayPath(change.id)),
            style: { cursor: 'pointer' },
          })}
          pagination={paging.pagination(changes.data, {
            total: (count) => t('changes.total', { count }),
          })}
        />
      </Flex>
    </Card>
  );
}
