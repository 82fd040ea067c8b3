import { Descriptions, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';

import { fieldErrorsAt, type FieldErrors } from '@/lib/field-errors';
import { formatDate } from '@/lib/format';

import { formatSize } from '../format-size';
import type { DeliberationLevel, HoldDeliberation, PendingTask } from '../types';

interface ReviewStepProps {
  level: DeliberationLevel;
  body: HoldDeliberation;
  minutes: File | undefined;
  tasks: PendingTask[];
  /** The server's errors; those on a change show in its row. */
  serverErrors: FieldErrors;
}

type Row = HoldDeliberation['decisions'][number] & { task: PendingTask };

const colours = { APPROVE: 'green', REJECT: 'red', RETURN: 'orange', DEFER: 'blue' } as const;

/** Step 4: what will be sent, counted per decision, before it is. */
export function ReviewStep({ level, body, minutes, tasks, serverErrors }: ReviewStepProps) {
  const { t } = useTranslation('deliberation');
  const { t: tCommon } = useTranslation();
  const rows: Row[] = body.decisions.flatMap((item, index) => {
    const task = tasks[index];
    return task ? [{ ...item, task }] : [];
  });
  const counts = new Map<string, number>();
  for (const item of body.decisions) {
    counts.set(item.decision, (counts.get(item.decision) ?? 0) + 1);
  }

  const columns: TableColumnsType<Row> = [
    { title: t('field.number'), key: 'number', render: (_, row) => row.task.changeRequestNumber },
    {
      title: t('field.householdHead'),
      key: 'head',
      render: (_, row) => row.task.householdHead ?? tCommon('state.unknown'),
    },
    {
      title: t('field.village'),
      key: 'village',
      render: (_, row) => row.task.villageName ?? row.task.villageCode,
    },
    {
      title: t('field.decision'),
      key: 'decision',
      render: (_, row) => <Tag color={colours[row.decision]}>{t(`decision.${row.decision}`)}</Tag>,
    },
    {
      title: t('field.reason'),
      key: 'reason',
      render: (_, row) => (
        <Flex vertical>
          <span>{row.reason ?? ''}</span>
          {fieldErrorsAt(serverErrors, ['decisions', row.taskId]).map((message) => (
            <Typography.Text key={message} type="danger">
              {message}
            </Typography.Text>
          ))}
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap="middle">
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'heldOn',
            label: t(`field.heldOn.${level}`),
            children: body.heldOn ? formatDate(body.heldOn) : '',
          },
          { key: 'place', label: t('field.place'), children: body.place },
          { key: 'number', label: t(`field.minutesNumber.${level}`), children: body.minutesNumber },
          {
            key: 'minutes',
            label: t('review.minutesFile'),
            children: minutes ? `${minutes.name} (${formatSize(minutes.size)})` : '',
          },
          {
            key: 'attendees',
            label: t('field.attendees'),
            span: 'filled',
            children: body.attendees.join(', '),
          },
        ]}
      />
      <section aria-label={t('review.counts')}>
        <Typography.Title level={3}>{t('review.counts')}</Typography.Title>
        <Flex gap="small" wrap>
          <Tag>{t('review.total', { count: body.decisions.length })}</Tag>
          {[...counts].map(([decision, count]) => (
            <Tag key={decision} color={colours[decision as Row['decision']]}>
              {t('review.count', { decision: t(`decided.${decision as Row['decision']}`), count })}
            </Tag>
          ))}
        </Flex>
      </section>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('review.items')}
      </Typography.Title>
      <Table<Row>
        rowKey="taskId"
        size="small"
        columns={columns}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      />
    </Flex>
  );
}
