import { Button, Card, Flex, Form, Input, InputNumber, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DateField } from '@/components/date-field';
import { ProblemAlert } from '@/components/problem-alert';
import { usePaging } from '@/lib/paging';

import { type ReadsFilter, useReads } from '../api/get-reads';
import type { HouseholdRead } from '../types';
import { formatInstant } from '../format-instant';

export const readsPageSize = 20;

interface FilterValues {
  household?: number | null;
  user?: string;
  from?: string;
  to?: string;
}

type Filter = Omit<ReadsFilter, 'page' | 'size'>;

function toFilter(values: FilterValues): Filter {
  return {
    household: values.household ?? undefined,
    user: values.user?.trim() || undefined,
    from: values.from || undefined,
    to: values.to || undefined,
  };
}

interface ReadsLogProps {
  /** Where a household's page is, to open the one read. */
  householdPath: (id: number) => string;
}

/** Who opened which household's details (with full NIKs), filtered by household, user and days. */
export function ReadsLog({ householdPath }: ReadsLogProps) {
  const { t } = useTranslation('audit');
  const [form] = Form.useForm<FilterValues>();
  const [filter, setFilter] = useState<Filter>({});
  const paging = usePaging({ size: readsPageSize, filter });
  const reads = useReads({ ...filter, page: paging.page, size: paging.size });

  /** Applied again, even unchanged, a filter starts from the first page. */
  const apply = (next: Filter) => {
    setFilter(next);
    paging.setPage(0);
  };

  const columns: TableColumnsType<HouseholdRead> = [
    { key: 'at', title: t('reads.at'), dataIndex: 'at', render: formatInstant },
    { key: 'user', title: t('reads.user'), dataIndex: 'user' },
    {
      key: 'household',
      title: t('reads.household'),
      render: (_, read) => (
        <Link to={householdPath(read.householdId)}>
          {read.headName
            ? t('reads.householdNamed', { name: read.headName, id: read.householdId })
            : t('reads.householdNumbered', { id: read.householdId })}
        </Link>
      ),
    },
    {
      key: 'village',
      title: t('reads.village'),
      render: (_, read) => read.villageName ?? read.villageCode,
    },
  ];

  return (
    <Card title={t('reads.title')}>
      <Flex vertical gap="middle">
        <Form<FilterValues>
          form={form}
          layout="inline"
          onFinish={(values) => apply(toFilter(values))}
          style={{ rowGap: 8 }}
        >
          <Form.Item name="household" label={t('reads.household')}>
            <InputNumber min={1} precision={0} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="user" label={t('reads.user')}>
            <Input maxLength={60} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="from" label={t('reads.from')}>
            <DateField style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="to" label={t('reads.to')}>
            <DateField style={{ width: 160 }} />
          </Form.Item>
          <Flex gap="small">
            <Button type="primary" htmlType="submit">
              {t('reads.filter')}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                apply({});
              }}
            >
              {t('reads.reset')}
            </Button>
          </Flex>
        </Form>
        {reads.isError && <ProblemAlert error={reads.error} />}
        <Table<HouseholdRead>
          rowKey={(read) => `${read.at}:${read.user}:${read.householdId}`}
          size="small"
          columns={columns}
          dataSource={reads.data?.content}
          loading={reads.isFetching}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('reads.empty') }}
          pagination={paging.pagination(reads.data, {
            total: (count) => t('reads.total', { count }),
          })}
        />
      </Flex>
    </Card>
  );
}
