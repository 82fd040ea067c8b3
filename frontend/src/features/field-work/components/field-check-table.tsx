import { Table, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { useTranslation } from 'react-i18next';

import { isOpen, rtRw } from '../field-work-rules';
import type { FieldCheck } from '../types';
import { DueDateCell } from './due-date-cell';
import { StateTag } from './state-tag';
import { VisitFinding } from './visit-finding';
import { VisitLink } from './visit-link';

interface FieldCheckTableProps {
  rows: FieldCheck[] | undefined;
  loading: boolean;
  /** The walking-order number of the first row on this page. */
  firstNumber: number;
  pagination: TablePaginationConfig;
  emptyText: string;
  /** The visit's page of an open check; none for those who only follow the work. */
  visitPath?: (taskId: string) => string;
}

/** The worklist on a wide screen: one row per household, in walking order. */
export function FieldCheckTable({
  rows,
  loading,
  firstNumber,
  pagination,
  emptyText,
  visitPath,
}: FieldCheckTableProps) {
  const { t } = useTranslation('field-work');
  const { t: tCommon } = useTranslation();
  const unknown = tCommon('state.unknown');
  const columns: TableColumnsType<FieldCheck> = [
    {
      key: 'no',
      title: t('field.no'),
      align: 'right',
      render: (_, _check, index) => firstNumber + index,
    },
    {
      key: 'head',
      title: t('field.headName'),
      render: (_, check) => <strong>{check.headName ?? t('worklist.unnamed')}</strong>,
    },
    { key: 'address', title: t('field.address'), render: (_, check) => check.address ?? unknown },
    { key: 'rtRw', title: t('field.rtRw'), render: (_, check) => rtRw(check) || unknown },
    { key: 'dusun', title: t('field.dusun'), render: (_, check) => check.dusun ?? unknown },
    {
      key: 'change',
      title: t('field.change'),
      render: (_, check) => (
        <>
          <code>{check.changeRequestNumber}</code>
          <br />
          {t(`changeType.${check.changeType}`)}
        </>
      ),
    },
    {
      key: 'dueDate',
      title: t('field.dueDate'),
      render: (_, check) => <DueDateCell check={check} />,
    },
    {
      key: 'state',
      title: t('field.state'),
      render: (_, check) => <StateTag state={check.state} />,
    },
    {
      key: 'finding',
      title: t('field.finding'),
      render: (_, check) => <VisitFinding visit={check.visit} />,
    },
    ...(visitPath
      ? [
          {
            key: 'actions',
            title: t('field.actions'),
            render: (_: unknown, check: FieldCheck) =>
              isOpen(check) && <VisitLink check={check} to={visitPath(check.taskId)} />,
          },
        ]
      : []),
  ];
  return (
    <Table<FieldCheck>
      rowKey="taskId"
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText }}
    />
  );
}
