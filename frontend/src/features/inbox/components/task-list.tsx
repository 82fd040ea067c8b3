import {
  Alert,
  Button,
  Card,
  Checkbox,
  Empty,
  Flex,
  Grid,
  Input,
  List,
  Pagination,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

import { DueDateTag } from '@/components/due-date-tag';
import { ProblemAlert } from '@/components/problem-alert';
import { RegionFilter } from '@/components/region-filter';
import { usePaging } from '@/lib/paging';

import { useClaimTask } from '../api/claim-task';
import { useClaimTasks } from '../api/claim-tasks';
import { taskPageSize, useTasks } from '../api/get-tasks';
import { stages, type ClaimResults, type InboxFilter, type Stage, type Task } from '../types';

/** How many tasks one bulk claim takes at most: the first by due date. */
const claimLimit = 500;

/** What the page may ask of the list. */
export interface TaskListHandle {
  /**
   * Puts the keyboard focus back in the list once the task opened last is closed: on its "Decide"
   * button when it was closed undecided. When it was decided, or has left the list meanwhile, on the
   * button of the task now in its place (the next one), else of the nearest one before it. False
   * when the page shows no task that can be opened.
   */
  focusAfterClose: (decided: boolean) => boolean;
}

interface TaskListProps extends InboxFilter {
  ref?: Ref<TaskListHandle>;
  /** From 0. */
  page: number;
  /** The signed-in official: their own claims can be given back. */
  username: string;
  /**
   * The official's region, null for the whole country: above a village, the inbox narrows to a
   * kecamatan or village. Undefined while not known.
   */
  home?: string | null;
  onFilterChange: (filter: InboxFilter) => void;
  onPageChange: (page: number) => void;
  onOpen: (task: Task) => void;
}

/**
 * The official's open tasks, earliest due first, searchable and narrowed by stage, lateness and
 * region: a table, or cards on narrow screens. Tasks chosen, or all that match, are claimed in one
 * go.
 */
export function TaskList({
  ref,
  stage,
  overdueOnly,
  region,
  q,
  page,
  username,
  home,
  onFilterChange,
  onPageChange,
  onOpen,
}: TaskListProps) {
  const { t } = useTranslation('inbox');
  const screens = Grid.useBreakpoint();
  const paging = usePaging({ size: taskPageSize, page, onPageChange });
  const matching = { stage, overdue: overdueOnly || undefined, region, q };
  const tasks = useTasks({ ...matching, page: paging.page, size: paging.size });
  const claim = useClaimTask();
  const claimAll = useClaimTasks();
  const [selected, setSelected] = useState<string[]>([]);
  const filter: InboxFilter = { stage, overdueOnly, region, q };
  const change = (next: Partial<InboxFilter>) => {
    setSelected([]);
    onFilterChange({ ...filter, ...next });
  };
  const claimMany = (body: Parameters<typeof claimAll.mutate>[0]) =>
    claimAll.mutate(body, { onSuccess: () => setSelected([]) });
  const selectable = (task: Task) => !task.claimedBy;

  const content = tasks.data?.content;
  const openButtons = useRef(new Map<string, HTMLElement>());
  const lastOpened = useRef<{ id: string; index: number }>(undefined);
  const open = (task: Task) => {
    const index = content?.findIndex((shown) => shown.id === task.id) ?? -1;
    lastOpened.current = { id: task.id, index: Math.max(index, 0) };
    onOpen(task);
  };
  useImperativeHandle(
    ref,
    () => ({
      focusAfterClose: (decided) => {
        const { id, index } = lastOpened.current ?? { id: undefined, index: 0 };
        const others = (content ?? []).filter((task) => task.id !== id);
        const opened = content?.find((task) => task.id === id);
        const candidates = [
          ...(opened && !decided ? [opened] : []),
          ...others.slice(index),
          ...others.slice(0, index).reverse(),
        ];
        const button = candidates
          .map((task) => openButtons.current.get(task.id))
          .find((found) => found !== undefined && !found.matches(':disabled'));
        button?.focus();
        return button !== undefined;
      },
    }),
    [content],
  );
  const toggle = (task: Task, checked: boolean) =>
    setSelected((current) =>
      checked ? [...current, task.id] : current.filter((id) => id !== task.id),
    );

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
        ref={(button) => {
          if (button) {
            openButtons.current.set(task.id, button);
          } else {
            openButtons.current.delete(task.id);
          }
        }}
        size="small"
        type="primary"
        disabled={Boolean(task.claimedBy && task.claimedBy !== username)}
        aria-label={`${t('list.open')} ${task.changeRequestNumber}`}
        onClick={() => open(task)}
      >
        {t('list.open')}
      </Button>
    </Space>
  );

  const number = (task: Task) => (
    <Button type="link" style={{ padding: 0 }} onClick={() => open(task)}>
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

  const filtered = stage !== undefined || overdueOnly || Boolean(region) || Boolean(q);
  const emptyText = t(filtered ? 'list.emptyFiltered' : 'list.empty');
  const pagination = paging.pagination(tasks.data, {
    total: (count) => t('list.total', { count }),
  });

  const total = tasks.data?.totalElements ?? 0;

  return (
    <Flex vertical gap="middle">
      <Input.Search
        key={q}
        defaultValue={q}
        allowClear
        enterButton
        placeholder={t('list.search')}
        aria-label={t('list.search')}
        onSearch={(value) => change({ q: value.trim() || undefined })}
        style={{ maxWidth: 560 }}
      />
      <Flex gap="middle" wrap align="center">
        {home !== undefined && (
          <RegionFilter home={home} value={region} onChange={(next) => change({ region: next })} />
        )}
        <Select<Stage | ''>
          aria-label={t('list.stageFilter')}
          value={stage ?? ''}
          style={{ minWidth: 240, maxWidth: '100%' }}
          options={[
            { value: '', label: t('list.allStages') },
            ...stages.map((value) => ({ value, label: t(`stage.${value}`) })),
          ]}
          onChange={(value) => change({ stage: value || undefined })}
        />
        <Checkbox
          checked={overdueOnly}
          onChange={(event) => change({ overdueOnly: event.target.checked })}
        >
          {t('list.overdueOnly')}
        </Checkbox>
      </Flex>
      <Flex gap="small" wrap align="center">
        <Button
          disabled={selected.length === 0}
          loading={claimAll.isPending && 'taskIds' in claimAll.variables}
          onClick={() => claimMany({ taskIds: selected })}
        >
          {t('list.claimSelected', { count: selected.length })}
        </Button>
        <Button
          disabled={total === 0}
          loading={claimAll.isPending && 'matching' in claimAll.variables}
          onClick={() => claimMany({ matching })}
        >
          {t('list.claimAllMatching', { count: Math.min(total, claimLimit) })}
        </Button>
      </Flex>
      {claimAll.isError && <ProblemAlert error={claimAll.error} />}
      {claimAll.data && <ClaimSummary results={claimAll.data} />}
      {tasks.isError && <ProblemAlert error={tasks.error} />}
      {claim.isError && <ProblemAlert error={claim.error} />}
      {screens.md ? (
        <Table<Task>
          rowKey="id"
          size="middle"
          rowSelection={{
            selectedRowKeys: selected,
            onChange: (keys) => setSelected(keys.map(String)),
            getCheckboxProps: (task) => ({
              disabled: !selectable(task),
              'aria-label': `${t('list.select')} ${task.changeRequestNumber}`,
            }),
          }}
          columns={columns}
          dataSource={tasks.data?.content}
          loading={tasks.isFetching}
          // No horizontal scroll: its hidden measuring row would copy the select-all checkbox,
          // a control screen readers could reach but not see. Small screens get cards instead.
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
                <Card
                  size="small"
                  title={number(task)}
                  extra={
                    <Checkbox
                      aria-label={`${t('list.select')} ${task.changeRequestNumber}`}
                      disabled={!selectable(task)}
                      checked={selected.includes(task.id)}
                      onChange={(event) => toggle(task, event.target.checked)}
                    />
                  }
                  style={{ width: '100%' }}
                >
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

/** What a bulk claim did: how many it took, and which were someone else's or no longer open. */
function ClaimSummary({ results }: { results: ClaimResults }) {
  const { t } = useTranslation('inbox');
  const taken = results.results.filter((result) => result.outcome === 'TAKEN');
  const gone = results.results.filter(
    (result) => result.outcome === 'CLOSED' || result.outcome === 'NOT_FOUND',
  );
  return (
    <Alert
      type={taken.length > 0 || gone.length > 0 ? 'warning' : 'success'}
      showIcon
      title={t('list.claimed', { count: results.claimed })}
      description={
        (taken.length > 0 || gone.length > 0) && (
          <Flex vertical>
            {taken.map((result) => (
              <span key={result.taskId}>
                {t('list.takenBy', {
                  number: result.changeRequestNumber ?? result.taskId,
                  user: result.claimedBy ?? t('list.someoneElse'),
                })}
              </span>
            ))}
            {gone.length > 0 && <span>{t('list.gone', { count: gone.length })}</span>}
          </Flex>
        )
      }
    />
  );
}
