import {
  Button,
  Card,
  Checkbox,
  Empty,
  Flex,
  Grid,
  List,
  Pagination,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useTranslation } from 'react-i18next';

import { DueDateTag } from '@/components/due-date-tag';
import { ProblemAlert } from '@/components/problem-alert';
import { usePaging } from '@/lib/paging';

import { useClaimTask } from '../api/claim-task';
import { useTasks } from '../api/get-tasks';
import { stages, type Stage, type Task } from '../types';

export const taskPageSize = 20;

interface TaskListProps {
  stage?: Stage;
  overdueOnly: boolean;
  /** From 0. */
  page: number;
  /** The signed-in official: their own claims can be given back. */
  username: string;
  onFilterChange: (filter: { stage?: Stage; overdueOnly: boolean }) => void;
  onPageChange: (page: number) => void;
  onOpen: (task: Task) => void;
}

/** The official's open tasks, earliest due first: a table, or cards on narrow screens. */
export function TaskList({
  stage,
  overdueOnly,
  page,
  username,
  onFilterChange,
  onPageChange,
  onOpen,
}: TaskListProps) {
  const { t } = useTranslation('inbox');
  const screens = Grid.useBreakpoint();
  const paging = usePaging({ size: taskPageSize, page, onPageChange });
  const tasks = useTasks({
    stage,
    overdue: overdueOnly || undefined,
    page: paging.page,
    size: paging.size,
  });
  const claim = useClaimTask();

  const claimButton = (task: Task) => {
    if (task.claimedBy && task.claimedBy !== username) {
      return <Tag>{t('list.claimedBy', { user: task.claimedBy })}</Tag>;
    }
    const action = task.claimedBy ? 'unclaim' : 'claim';
    const busy = claim.isPending && claim.variables.id === task.id;
    return (
      <Button
        size="small"
        loading={busy}
        aria-label={`${t(`list.${action}`)} ${task.changeRequestNumber}`}
        onClick={() => claim.mutate({ id: task.id, action })}
      >
        {t(`list.${action}`)}
      </Button>
    );
  };

  const actions = (task: Task) => (
    <Space wrap>
      {claimButton(task)}
      <Button
        size="small"
        type="primary"
        disabled={Boolean(task.claimedBy && task.claimedBy !== username)}
        aria-label={`${t('list.open')} ${task.changeRequestNumber}`}
        onClick={() => onOpen(task)}
      >
        {t('list.open')}
      </Button>
    </Space>
  );

  const number = (task: Task) => (
    <Button type="link" style={{ padding: 0 }} onClick={() => onOpen(task)}>
      <code>{task.changeRequestNumber}</code>
    </Button>
  );

  const stageText = (task: Task) => (
    <>
      {t(`stage.${task.stage}`)}
      {task.followUp && <Tag style={{ marginInlineStart: 8 }}>{t('list.followUp')}</Tag>}
    </>
  );

  const columns: TableColumnsType<Task> = [
    { key: 'number', title: t('field.number'), render: (_, task) => number(task) },
    {
      key: 'type',
      title: t('field.type'),
      dataIndex: 'changeType',
      render: (type: Task['changeType']) => t(`changeType.${type}`),
    },
    { key: 'householdHead', title: t('field.householdHead'), dataIndex: 'householdHead' },
    {
      key: 'village',
      title: t('field.village'),
      render: (_, task) => task.villageName ?? task.villageCode,
    },
    { key: 'stage', title: t('field.stage'), render: (_, task) => stageText(task) },
    {
      key: 'dueDate',
      title: t('field.dueDate'),
      dataIndex: 'dueDate',
      render: (dueDate?: string) => <DueDateTag dueDate={dueDate} />,
    },
    { key: 'actions', title: t('field.actions'), render: (_, task) => actions(task) },
  ];

  const filtered = stage !== undefined || overdueOnly;
  const emptyText = t(filtered ? 'list.emptyFiltered' : 'list.empty');
  const pagination = paging.pagination(tasks.data, {
    total: (count) => t('list.total', { count }),
  });

  return (
    <Flex vertical gap="middle">
      <Flex gap="middle" wrap align="center">
        <Select<Stage | ''>
          aria-label={t('list.stageFilter')}
          value={stage ?? ''}
          style={{ minWidth: 240, maxWidth: '100%' }}
          options={[
            { value: '', label: t('list.allStages') },
            ...stages.map((value) => ({ value, label: t(`stage.${value}`) })),
          ]}
          onChange={(value) => onFilterChange({ stage: value || undefined, overdueOnly })}
        />
        <Checkbox
          checked={overdueOnly}
          onChange={(event) => onFilterChange({ stage, overdueOnly: event.target.checked })}
        >
          {t('list.overdueOnly')}
        </Checkbox>
      </Flex>
      {tasks.isError && <ProblemAlert error={tasks.error} />}
      {claim.isError && <ProblemAlert error={claim.error} />}
      {screens.md ? (
        <Table<Task>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={tasks.data?.content}
          loading={tasks.isFetching}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText }}
          pagination={pagination}
        />
      ) : (
        <>
          <List<Task>
            loading={tasks.isFetching}
            dataSource={tasks.data?.content}
            locale={{ emptyText: <Empty description={emptyText} /> }}
            renderItem={(task) => (
              <List.Item key={task.id}>
                <Card size="small" title={number(task)} style={{ width: '100%' }}>
                  <Flex vertical gap={4}>
                    <Typography.Text strong>{task.householdHead}</Typography.Text>
                    <Typography.Text type="secondary">
                      {t(`changeType.${task.changeType}`)} · {task.villageName ?? task.villageCode}
                    </Typography.Text>
                    <div>{stageText(task)}</div>
                    <div>
                      <DueDateTag dueDate={task.dueDate} />
                    </div>
                    {actions(task)}
                  </Flex>
                </Card>
              </List.Item>
            )}
          />
          {Boolean(tasks.data?.totalElements) && <Pagination simple {...pagination} />}
        </>
      )}
    </Flex>
  );
}
