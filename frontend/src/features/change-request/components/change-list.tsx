import {
  Card,
  Empty,
  Flex,
  Grid,
  List,
  Pagination,
  Select,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DueDateTag } from '@/components/due-date-tag';
import { ExportButton } from '@/components/export-button';
import { ProblemAlert } from '@/components/problem-alert';
import { RegionFilter } from '@/components/region-filter';
import { exportHref } from '@/lib/export-href';
import { formatDate } from '@/lib/format';
import { usePaging } from '@/lib/paging';
import { stages } from '@/lib/stage-rules';

import { useRegionChanges } from '../api/get-region-changes';
import {
  changeSorts,
  changeStatuses,
  changeTypes,
  type ChangeListFilter,
  type ChangeRequestSummary,
  type ChangeSort,
  type ChangeStatus,
  type ChangeType,
  type Stage,
} from '../types';

export const changePageSize = 20;

interface ChangeListProps {
  filter: ChangeListFilter;
  /** From 0. */
  page: number;
  /** The user's own region; null for the whole country. */
  home: string | null;
  onFilterChange: (filter: ChangeListFilter) => void;
  onPageChange: (page: number) => void;
  /** Where one change's page is. */
  changePath: (id: number) => string;
}

/**
 * The changes proposed in the user's region, filtered by region, status, stage and type, sorted
 * and paged: a table, or cards on narrow screens; and all of it as a workbook.
 */
export function ChangeList({
  filter,
  page,
  home,
  onFilterChange,
  onPageChange,
  changePath,
}: ChangeListProps) {
  const { t } = useTranslation('change');
  const screens = Grid.useBreakpoint();
  const paging = usePaging({ size: changePageSize, page, onPageChange });
  const changes = useRegionChanges({ ...filter, page: paging.page, size: paging.size });
  const change = (next: Partial<ChangeListFilter>) => onFilterChange({ ...filter, ...next });
  const homeDepth = home ? home.split('.').length : 0;

  const number = (item: ChangeRequestSummary) => (
    <Link to={changePath(item.id)}>
      <code>{item.number}</code>
    </Link>
  );
  const statusTag = (item: ChangeRequestSummary) => (
    <Tag color={item.status === 'IN_PROGRESS' ? 'blue' : 'default'}>
      {t(`status.${item.status}`)}
    </Tag>
  );

  const columns: TableColumnsType<ChangeRequestSummary> = [
    { key: 'number', title: t('history.number'), render: (_, item) => number(item) },
    { key: 'type', title: t('history.type'), render: (_, item) => t(`type.${item.type}`) },
    { key: 'householdHead', title: t('list.householdHead'), dataIndex: 'householdHead' },
    ...(homeDepth < 4
      ? [{ key: 'village', title: t('list.village'), dataIndex: 'villageName' }]
      : []),
    { key: 'stage', title: t('history.stage'), render: (_, item) => t(`stage.${item.stage}`) },
    { key: 'status', title: t('history.status'), render: (_, item) => statusTag(item) },
    {
      key: 'dueDate',
      title: t('history.dueDate'),
      render: (_, item) => item.status === 'IN_PROGRESS' && <DueDateTag dueDate={item.dueDate} />,
    },
    {
      key: 'proposedAt',
      title: t('history.proposedAt'),
      render: (_, item) => formatDate(item.proposedAt.slice(0, 10)),
    },
  ];

  const filtered = Object.entries(filter).some(
    ([name, value]) => name !== 'sort' && value !== undefined,
  );
  const emptyText = t(filtered ? 'list.emptyFiltered' : 'list.empty');
  const pagination = paging.pagination(changes.data, {
    total: (count) => t('history.total', { count }),
  });

  return (
    <Flex vertical gap="middle">
      <Flex gap="small" wrap align="center">
        <RegionFilter home={home} value={filter.region} onChange={(region) => change({ region })} />
        <Select<ChangeStatus | ''>
          aria-label={t('list.statusFilter')}
          value={filter.status ?? ''}
          style={{ minWidth: 160, maxWidth: '100%' }}
          options={[
            { value: '', label: t('list.allStatuses') },
            ...changeStatuses.map((value) => ({ value, label: t(`status.${value}`) })),
          ]}
          onChange={(status) => change({ status: status || undefined })}
        />
        <Select<Stage | ''>
          aria-label={t('list.stageFilter')}
          value={filter.stage ?? ''}
          style={{ minWidth: 220, maxWidth: '100%' }}
          options={[
            { value: '', label: t('list.allStages') },
            ...stages.map((value) => ({ value, label: t(`stage.${value}`) })),
          ]}
          onChange={(stage) => change({ stage: stage || undefined })}
        />
        <Select<ChangeType | ''>
          aria-label={t('list.typeFilter')}
          value={filter.type ?? ''}
          style={{ minWidth: 200, maxWidth: '100%' }}
          options={[
            { value: '', label: t('list.allTypes') },
            ...changeTypes.map((value) => ({ value, label: t(`type.${value}`) })),
          ]}
          onChange={(type) => change({ type: type || undefined })}
        />
        <Select<ChangeSort>
          aria-label={t('list.sortBy')}
          value={filter.sort ?? '-proposed'}
          style={{ minWidth: 200, maxWidth: '100%' }}
          options={changeSorts.map((value) => ({ value, label: t(`list.sort.${value}`) }))}
          onChange={(sort) => change({ sort: sort === '-proposed' ? undefined : sort })}
        />
        <ExportButton href={exportHref('/api/change-requests/export', filter)} />
      </Flex>
      {changes.isError && <ProblemAlert error={changes.error} />}
      {screens.md ? (
        <Table<ChangeRequestSummary>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={changes.data?.content}
          loading={changes.isFetching}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText }}
          pagination={pagination}
        />
      ) : (
        <>
          <List<ChangeRequestSummary>
            loading={changes.isFetching}
            dataSource={changes.data?.content}
            locale={{ emptyText: <Empty description={emptyText} /> }}
            renderItem={(item) => (
              <List.Item key={item.id}>
                <Card
                  size="small"
                  title={number(item)}
                  extra={statusTag(item)}
                  style={{ width: '100%' }}
                >
                  <Flex vertical gap={4}>
                    <Typography.Text strong>{item.householdHead}</Typography.Text>
                    <Typography.Text type="secondary">
                      {[t(`type.${item.type}`), homeDepth < 4 && item.villageName]
                        .filter(Boolean)
                        .join(' · ')}
                    </Typography.Text>
                    <div>{t(`stage.${item.stage}`)}</div>
                    {item.status === 'IN_PROGRESS' && (
                      <div>
                        <DueDateTag dueDate={item.dueDate} />
                      </div>
                    )}
                  </Flex>
                </Card>
              </List.Item>
            )}
          />
          {Boolean(changes.data?.totalElements) && <Pagination simple {...pagination} />}
        </>
      )}
    </Flex>
  );
}
