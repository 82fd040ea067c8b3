import {
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Grid,
  List,
  Popconfirm,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DueDateTag } from '@/components/due-date-tag';
import { ProblemAlert } from '@/components/problem-alert';
import { intlLocale } from '@/lib/i18n';
import { usePaging } from '@/lib/paging';

import { useChangeRequests } from '../api/get-change-requests';
import { useWithdrawChangeRequest } from '../api/withdraw-change-request';
import type { ChangeRequestSummary, ChangeStatus } from '../types';

export const historyPageSize = 10;

type HistoryColumn = TableColumnsType<ChangeRequestSummary>[number];

/** What a table column shows for a change, for the cards that stand in for the table on a phone. */
function cell(column: HistoryColumn | undefined, change: ChangeRequestSummary, index: number) {
  if (!column) {
    return null;
  }
  const value =
    'dataIndex' in column && typeof column.dataIndex === 'string'
      ? change[column.dataIndex as keyof ChangeRequestSummary]
      : undefined;
  return column.render ? (column.render(value, change, index) as ReactNode) : (value as ReactNode);
}

const statusColours: Record<ChangeStatus, string | undefined> = {
  IN_PROGRESS: 'processing',
  APPROVED: 'success',
  REJECTED: 'error',
  WITHDRAWN: 'default',
};

function formatInstant(instant: string) {
  return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(instant),
  );
}

interface ChangeHistoryProps {
  householdId: number;
  /** The signed-in user: a change they proposed that is still in progress may be withdrawn. */
  username: string;
  /** Where a change's page is: its number links there. */
  changePath?: (id: number) => string;
}

/** The changes proposed for one household, newest first, paged; the proposer may withdraw theirs. */
export function ChangeHistory({ householdId, username, changePath }: ChangeHistoryProps) {
  const { t } = useTranslation('change');
  const { t: tCommon } = useTranslation();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  // Another household's history starts from its first page.
  const paging = usePaging({ size: historyPageSize, filter: householdId });
  const changes = useChangeRequests({
    household: householdId,
    page: paging.page,
    size: paging.size,
  });
  const withdraw = useWithdrawChangeRequest();

  const withdrawChange = (change: ChangeRequestSummary) =>
    withdraw.mutateAsync(change.id).then(
      () => void message.success(t('history.withdrawn', { number: change.number })),
      // Refused (403 not the proposer, 409 too late): the server says why, above the list.
      () => undefined,
    );

  const columns: TableColumnsType<ChangeRequestSummary> = [
    {
      key: 'number',
      title: t('history.number'),
      dataIndex: 'number',
      render: (number: string, change) =>
        changePath ? (
          <Link to={changePath(change.id)}>
            <code>{number}</code>
          </Link>
        ) : (
          <code>{number}</code>
        ),
    },
    {
      key: 'type',
      title: t('history.type'),
      dataIndex: 'type',
      render: (type: ChangeRequestSummary['type']) => t(`type.${type}`),
    },
    {
      key: 'stage',
      title: t('history.stage'),
      dataIndex: 'stage',
      render: (stage: ChangeRequestSummary['stage']) => t(`stage.${stage}`),
    },
    {
      key: 'status',
      title: t('history.status'),
      dataIndex: 'status',
      render: (status: ChangeStatus) => (
        <Tag color={statusColours[status]}>{t(`status.${status}`)}</Tag>
      ),
    },
    {
      key: 'dueDate',
      title: t('history.dueDate'),
      render: (_, change) =>
        change.status === 'IN_PROGRESS' ? (
          <DueDateTag dueDate={change.dueDate} />
        ) : (
          tCommon('state.unknown')
        ),
    },
    {
      key: 'proposedAt',
      title: t('history.proposedAt'),
      dataIndex: 'proposedAt',
      render: (proposedAt: string) => formatInstant(proposedAt),
    },
    { key: 'proposedBy', title: t('history.proposedBy'), dataIndex: 'proposedBy' },
    {
      key: 'actions',
      title: t('history.actions'),
      render: (_, change) =>
        change.status === 'IN_PROGRESS' &&
        change.proposedBy === username && (
          <Popconfirm
            title={t('history.withdrawConfirm', { number: change.number })}
            description={t('history.withdrawDetail')}
            okText={t('history.withdrawOk')}
            cancelText={t('form.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => void withdrawChange(change)}
          >
            <Button
              size="small"
              danger
              aria-label={t('history.withdrawLabel', { number: change.number })}
              loading={withdraw.isPending && withdraw.variables === change.id}
            >
              {t('history.withdraw')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <section aria-labelledby="change-history-title">
      <Typography.Title level={2} id="change-history-title">
        {t('history.title')}
      </Typography.Title>
      <Flex vertical gap="middle">
        {changes.isError && <ProblemAlert error={changes.error} />}
        {withdraw.isError && <ProblemAlert error={withdraw.error} />}
        {screens.md ? (
          <Table<ChangeRequestSummary>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={changes.data?.content}
            loading={changes.isFetching}
            scroll={{ x: 'max-content' }}
            locale={{
              emptyText: changes.isPending ? tCommon('state.loading') : t('history.empty'),
            }}
            pagination={paging.pagination(changes.data, {
              total: (count) => t('history.total', { count }),
              hideOnSinglePage: true,
            })}
          />
        ) : (
          // On a phone a card each, every column in it: the status and "Tarik" stay on screen.
          <List<ChangeRequestSummary>
            dataSource={changes.data?.content}
            loading={changes.isFetching}
            locale={{
              emptyText: changes.isPending ? tCommon('state.loading') : t('history.empty'),
            }}
            pagination={
              (changes.data?.totalPages ?? 0) > 1 && {
                ...paging.pagination(changes.data, {
                  total: (count) => t('history.total', { count }),
                }),
                align: 'center',
                size: 'small',
              }
            }
            renderItem={(change, index) => (
              <List.Item key={change.id}>
                <Card
                  size="small"
                  style={{ width: '100%' }}
                  title={cell(columns[0], change, index)}
                >
                  <Descriptions
                    size="small"
                    column={1}
                    items={columns.slice(1).map((column) => ({
                      key: String(column.key),
                      label: column.title as ReactNode,
                      children: cell(column, change, index),
                    }))}
                  />
                </Card>
              </List.Item>
            )}
          />
        )}
      </Flex>
    </section>
  );
}
