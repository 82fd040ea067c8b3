import {
  Card,
  Empty,
  Flex,
  Grid,
  Input,
  List,
  Pagination,
  Select,
  Table,
  Typography,
  type TableColumnsType,
  type TableProps,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { ExportButton } from '@/components/export-button';
import { ProblemAlert } from '@/components/problem-alert';
import { RegionFilter } from '@/components/region-filter';
import { exportHref } from '@/lib/export-href';
import { usePaging } from '@/lib/paging';

import { useHouseholds } from '../api/get-households';
import {
  householdSorts,
  type HouseholdListFilter,
  type HouseholdSort,
  type HouseholdSummary,
  type RecordStatus,
} from '../types';
import { RecordStatusTag } from './record-status-tag';

export const householdPageSize = 20;

const statuses: RecordStatus[] = ['ACTIVE', 'REMOVED'];

/** The table's sortable columns, by the order's name the server knows. */
const sortableColumns = { headName: 'headName', address: 'address', village: 'village' } as const;

interface HouseholdListProps {
  filter: HouseholdListFilter;
  /** From 0. */
  page: number;
  /** The user's own region; null for the whole country. Above a village, the list says where. */
  home: string | null;
  onFilterChange: (filter: HouseholdListFilter) => void;
  onPageChange: (page: number) => void;
  /** Where one household's details are. */
  detailsPath: (id: number) => string;
}

/**
 * The households in the user's region, searchable, filtered by region, status and change under
 * way, sorted and paged: a table, or cards on narrow screens; and all of it as a workbook.
 */
export function HouseholdList({
  filter,
  page,
  home,
  onFilterChange,
  onPageChange,
  detailsPath,
}: HouseholdListProps) {
  const { t } = useTranslation('household');
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const paging = usePaging({ size: householdPageSize, page, onPageChange });
  const households = useHouseholds({ ...filter, page: paging.page, size: paging.size });
  const homeDepth = home ? home.split('.').length : 0;
  const change = (next: Partial<HouseholdListFilter>) => onFilterChange({ ...filter, ...next });

  const sortOrder = (column: keyof typeof sortableColumns) => {
    const name = sortableColumns[column];
    if (filter.sort === name || (filter.sort === undefined && name === 'village')) {
      return 'ascend' as const;
    }
    return filter.sort === `-${name}` ? ('descend' as const) : null;
  };

  const kkLink = (household: HouseholdSummary) => (
    <Link to={detailsPath(household.id)} onClick={(event) => event.stopPropagation()}>
      <code>{household.kkNumber}</code>
    </Link>
  );
  const address = ({ address, rt, rw }: HouseholdSummary) => `${address}, RT ${rt}/RW ${rw}`;

  const columns: TableColumnsType<HouseholdSummary> = [
    {
      key: 'kkNumber',
      title: t('field.kkNumber'),
      render: (_, household) => kkLink(household),
    },
    {
      key: 'headName',
      title: t('field.headName'),
      dataIndex: 'headName',
      sorter: true,
      sortOrder: sortOrder('headName'),
    },
    {
      key: 'headNik',
      title: t('field.headNik'),
      dataIndex: 'headNikMasked',
      render: (nik?: string) => nik && <code>{nik}</code>,
    },
    {
      key: 'address',
      title: t('field.address'),
      render: (_, household) => address(household),
      sorter: true,
      sortOrder: sortOrder('address'),
    },
    ...(homeDepth < 3
      ? [{ key: 'subdistrict', title: t('field.subdistrict'), dataIndex: 'subdistrictName' }]
      : []),
    ...(homeDepth < 4
      ? [
          {
            key: 'village',
            title: t('field.village'),
            dataIndex: 'villageName',
            sorter: true,
            sortOrder: sortOrder('village'),
          },
        ]
      : []),
    { key: 'memberCount', title: t('field.memberCount'), dataIndex: 'memberCount', align: 'right' },
    {
      key: 'status',
      title: t('field.status'),
      dataIndex: 'status',
      render: (status: HouseholdSummary['status']) => <RecordStatusTag status={status} />,
    },
  ];

  const onTableChange: TableProps<HouseholdSummary>['onChange'] = (_, __, sorter, { action }) => {
    if (action !== 'sort' || Array.isArray(sorter)) {
      return;
    }
    const name = sortableColumns[sorter.columnKey as keyof typeof sortableColumns];
    change({
      sort: !sorter.order || !name ? undefined : sorter.order === 'descend' ? `-${name}` : name,
    } as Partial<HouseholdListFilter>);
  };

  const filtered = Object.entries(filter).some(
    ([name, value]) => name !== 'sort' && value !== undefined,
  );
  const emptyText = filter.q
    ? t('list.noMatch', { q: filter.q })
    : t(filtered ? 'list.emptyFiltered' : 'list.empty');
  const pagination = paging.pagination(households.data, {
    total: (count) => t('list.total', { count }),
  });

  return (
    <Flex vertical gap="middle">
      <Input.Search
        key={filter.q}
        defaultValue={filter.q}
        allowClear
        enterButton
        placeholder={t('list.search')}
        aria-label={t('list.search')}
        onSearch={(value) => change({ q: value.trim() || undefined })}
        style={{ maxWidth: 560 }}
      />
      <Flex gap="small" wrap align="center">
        <RegionFilter home={home} value={filter.region} onChange={(region) => change({ region })} />
        <Select<RecordStatus | ''>
          aria-label={t('list.statusFilter')}
          value={filter.status ?? ''}
          style={{ minWidth: 160, maxWidth: '100%' }}
          options={[
            { value: '', label: t('list.allStatuses') },
            ...statuses.map((value) => ({ value, label: t(`status.${value}`) })),
          ]}
          onChange={(status) => change({ status: status || undefined })}
        />
        <Select<'' | 'yes' | 'no'>
          aria-label={t('list.inFlightFilter')}
          value={filter.changeInFlight === undefined ? '' : filter.changeInFlight ? 'yes' : 'no'}
          style={{ minWidth: 200, maxWidth: '100%' }}
          options={[
            { value: '', label: t('list.inFlight.any') },
            { value: 'yes', label: t('list.inFlight.yes') },
            { value: 'no', label: t('list.inFlight.no') },
          ]}
          onChange={(value) =>
            change({ changeInFlight: value === '' ? undefined : value === 'yes' })
          }
        />
        <Select<HouseholdSort>
          aria-label={t('list.sortBy')}
          value={filter.sort ?? 'village'}
          style={{ minWidth: 200, maxWidth: '100%' }}
          options={householdSorts.map((value) => ({ value, label: t(`list.sort.${value}`) }))}
          onChange={(sort) => change({ sort: sort === 'village' ? undefined : sort })}
        />
        <ExportButton href={exportHref('/api/households/export', filter)} />
      </Flex>
      {households.isError && <ProblemAlert error={households.error} />}
      {screens.md ? (
        <Table<HouseholdSummary>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={households.data?.content}
          loading={households.isFetching}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText }}
          onChange={onTableChange}
          onRow={(household) => ({
            onClick: () => void navigate(detailsPath(household.id)),
            style: { cursor: 'pointer' },
          })}
          pagination={pagination}
        />
      ) : (
        <>
          <List<HouseholdSummary>
            loading={households.isFetching}
            dataSource={households.data?.content}
            locale={{ emptyText: <Empty description={emptyText} /> }}
            renderItem={(household) => (
              <List.Item key={household.id}>
                <Card size="small" title={kkLink(household)} style={{ width: '100%' }}>
                  <Flex vertical gap={4}>
                    <Typography.Text strong>{household.headName}</Typography.Text>
                    <Typography.Text>{address(household)}</Typography.Text>
                    {homeDepth < 4 && (
                      <Typography.Text type="secondary">
                        {[household.villageName, homeDepth < 3 && household.subdistrictName]
                          .filter(Boolean)
                          .join(', ')}
                      </Typography.Text>
                    )}
                    <Flex gap="small" align="center" wrap>
                      <RecordStatusTag status={household.status} />
                      <Typography.Text type="secondary">
                        {t('list.members', { count: household.memberCount })}
                      </Typography.Text>
                    </Flex>
                  </Flex>
                </Card>
              </List.Item>
            )}
          />
          {Boolean(households.data?.totalElements) && <Pagination simple {...pagination} />}
        </>
      )}
    </Flex>
  );
}
