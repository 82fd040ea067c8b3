import { Flex, Input, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { ProblemAlert } from '@/components/problem-alert';
import { usePaging } from '@/lib/paging';

import { useHouseholds } from '../api/get-households';
import type { HouseholdSummary } from '../types';
import { RecordStatusTag } from './record-status-tag';

export const householdPageSize = 20;

interface HouseholdListProps {
  q: string;
  /** From 0. */
  page: number;
  onSearch: (q: string) => void;
  onPageChange: (page: number) => void;
  /** Where one household's details are. */
  detailsPath: (id: number) => string;
}

/** The households in the user's region, searchable and paged. */
export function HouseholdList({
  q,
  page,
  onSearch,
  onPageChange,
  detailsPath,
}: HouseholdListProps) {
  const { t } = useTranslation('household');
  const navigate = useNavigate();
  const paging = usePaging({ size: householdPageSize, page, onPageChange });
  const households = useHouseholds({ q: q || undefined, page: paging.page, size: paging.size });

  const columns: TableColumnsType<HouseholdSummary> = [
    {
      key: 'kkNumber',
      title: t('field.kkNumber'),
      dataIndex: 'kkNumber',
      render: (kkNumber: string, household) => (
        <Link to={detailsPath(household.id)} onClick={(event) => event.stopPropagation()}>
          <code>{kkNumber}</code>
        </Link>
      ),
    },
    { key: 'headName', title: t('field.headName'), dataIndex: 'headName' },
    {
      key: 'headNik',
      title: t('field.headNik'),
      dataIndex: 'headNikMasked',
      render: (nik?: string) => nik && <code>{nik}</code>,
    },
    {
      key: 'address',
      title: t('field.address'),
      render: (_, { address, rt, rw }) => `${address}, RT ${rt}/RW ${rw}`,
    },
    { key: 'village', title: t('field.village'), dataIndex: 'villageName' },
    { key: 'memberCount', title: t('field.memberCount'), dataIndex: 'memberCount', align: 'right' },
    {
      key: 'status',
      title: t('field.status'),
      dataIndex: 'status',
      render: (status: HouseholdSummary['status']) => <RecordStatusTag status={status} />,
    },
  ];

  return (
    <Flex vertical gap="middle">
      <Input.Search
        key={q}
        defaultValue={q}
        allowClear
        enterButton
        placeholder={t('list.search')}
        aria-label={t('list.search')}
        onSearch={(value) => onSearch(value.trim())}
        style={{ maxWidth: 560 }}
      />
      {households.isError && <ProblemAlert error={households.error} />}
      <Table<HouseholdSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={households.data?.content}
        loading={households.isFetching}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: q ? t('list.noMatch', { q }) : t('list.empty') }}
        onRow={(household) => ({
          onClick: () => void navigate(detailsPath(household.id)),
          style: { cursor: 'pointer' },
        })}
        pagination={paging.pagination(households.data, {
          total: (count) => t('list.total', { count }),
        })}
      />
    </Flex>
  );
}
