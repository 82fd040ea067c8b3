import { Button, Card, Flex, Form, Input, InputNumber, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';

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

const noFilter: ReadsFilter = { page: 0, size: readsPageSize };

function toFilter(values: FilterValues): ReadsFilter {
  return {
    household: values.household ?? undefined,
    user: values.user?.trim() || undefined,
    from: values.from || undefined,
    to: values.to || undefined,
    page: 0,
    size: readsPageSize,
  };
}

/** Who opened which household's details (with full NIKs), filtered by household, user and days. */
export function ReadsLog() {
  const { t } = useTranslation('audit');
  const [form] = Form.useForm<FilterValues>();
  const [filter, setFilter] = useState<ReadsFilter>(noFilter);
  const reads = useReads(filter);

  const columns: TableColumnsType<HouseholdRead> = [
    { key: 'at', title: t('reads.at'), dataIndex: 'at', render: formatInstant },
    { key: 'user', title: t('reads.user'), dataIndex: 'user' },
    { key: 'household', title: t('reads.household'), dataIndex: 'householdId', align: 'right' },
    {
      key: 'village',
      title: t('reads.village'),
      dataIndex: 'villageCode',
      render: (code: string) => <code>{code}</code>,
    },
  ];

  return (
    <Card title={t('reads.title')}>
      <Flex vertical gap="middle">
        <Form<FilterValues>
          form={form}
          layout="inline"
          onFinish={(values) => setFilter(toFilter(values))}
          style={{ rowGap: 8 }}
        >
          <Form.Item name="household" label={t('reads.household')}>
            <InputNumber min={1} precision={0} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="user" label={t('reads.user')}>
            <Input maxLength={60} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="from" label={t('reads.from')}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="to" label={t('reads.to')}>
            <Input type="date" />
          </Form.Item>
          <Flex gap="small">
            <Button type="primary" htmlType="submit">
              {t('reads.filter')}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                setFilter(noFilter);
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
          pagination={{
            current: filter.page + 1,
            pageSize: readsPageSize,
            total: reads.data?.totalElements ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('reads.total', { count: total }),
            onChange: (current) => setFilter({ ...filter, page: current - 1 }),
          }}
        />
      </Flex>
    </Card>
  );
}
