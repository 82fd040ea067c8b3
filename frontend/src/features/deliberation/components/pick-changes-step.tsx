import {
  Button,
  Card,
  Checkbox,
  Flex,
  Grid,
  Pagination,
  Select,
  Table,
  Typography,
  theme,
  type TableColumnsType,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { DueDateTag } from '@/components/due-date-tag';

import type { PendingTask } from '../types';

interface PickChangesStepProps {
  tasks: PendingTask[];
  selected: string[];
  onChange: (selected: string[]) => void;
  error?: string;
}

/** More than this many changes are shown a page at a time. */
const pageSize = 50;

/**
 * Step 1: which of the pending changes this deliberation decides; all, by village, or one by one.
 * A table from `lg` (992 px) up; below, a card per change with its own checkbox, so that a phone
 * never scrolls sideways to reach a column.
 */
export function PickChangesStep({ tasks, selected, onChange, error }: PickChangesStepProps) {
  const { t } = useTranslation('deliberation');
  const { t: tCommon } = useTranslation();
  const screens = Grid.useBreakpoint();
  const { token } = theme.useToken();

  const villages = useMemo(() => {
    const names = new Map<string, string>();
    for (const task of tasks) {
      names.set(task.villageCode, task.villageName ?? task.villageCode);
    }
    return [...names].map(([value, label]) => ({ value, label }));
  }, [tasks]);

  /** The selection in the order of the list, whatever order it was picked in. */
  const choose = (chosen: ReadonlySet<unknown>) =>
    onChange(tasks.filter((task) => chosen.has(task.id)).map((task) => task.id));

  const toggle = (task: PendingTask, checked: boolean) => {
    const chosen = new Set(selected);
    if (checked) {
      chosen.add(task.id);
    } else {
      chosen.delete(task.id);
    }
    choose(chosen);
  };

  const selectVillage = (villageCode: string) => {
    const chosen = new Set(selected);
    for (const task of tasks.filter((candidate) => candidate.villageCode === villageCode)) {
      chosen.add(task.id);
    }
    choose(chosen);
  };

  const pagination = tasks.length > pageSize && { pageSize, showSizeChanger: false };
  // The cards' page, from 1; back within range when the list shrinks.
  const [page, setPage] = useState(1);
  const currentPage = Math.min(page, Math.max(1, Math.ceil(tasks.length / pageSize)));
  const shown = tasks.slice((currentPage - 1) * pageSize, currentPage * pageSize);

  const columns: TableColumnsType<PendingTask> = [
    { title: t('field.number'), dataIndex: 'changeRequestNumber', key: 'number' },
    {
      title: t('field.householdHead'),
      key: 'head',
      render: (_, task) => task.householdHead ?? tCommon('state.unknown'),
    },
    {
      title: t('field.village'),
      key: 'village',
      render: (_, task) => task.villageName ?? task.villageCode,
    },
    {
      title: t('field.type'),
      key: 'type',
      render: (_, task) => t(`changeType.${task.changeType}`),
    },
    {
      title: t('field.dueDate'),
      key: 'dueDate',
      render: (_, task) => <DueDateTag dueDate={task.dueDate} />,
    },
  ];

  return (
    <Flex vertical gap="middle">
      <Flex gap="small" wrap align="center">
        <Button onClick={() => onChange(tasks.map((task) => task.id))}>
          {t('pick.selectAll')}
        </Button>
        <Button onClick={() => onChange([])} disabled={selected.length === 0}>
          {t('pick.clear')}
        </Button>
        <Select<string>
          aria-label={t('pick.village')}
          placeholder={t('pick.village')}
          options={villages}
          value={null}
          onChange={selectVillage}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ minWidth: 220, maxWidth: '100%' }}
        />
      </Flex>
      <Typography.Text role="status">
        {t('pick.selected', { selected: selected.length, total: tasks.length })}
      </Typography.Text>
      {error && (
        <Typography.Text type="danger" role="alert">
          {error}
        </Typography.Text>
      )}
      {screens.lg ? (
        <Table<PendingTask>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={tasks}
          // No horizontal scroll: its hidden measuring row would copy the select-all checkbox, a
          // control screen readers could reach but not see. Narrower screens get cards instead.
          pagination={pagination}
          rowSelection={{
            selectedRowKeys: selected,
            preserveSelectedRowKeys: true,
            onChange: (keys) => choose(new Set(keys)),
            getCheckboxProps: (task) => ({
              'aria-label': t('pick.select', { number: task.changeRequestNumber }),
            }),
          }}
        />
      ) : (
        <>
          <Flex
            vertical
            gap="small"
            component="ul"
            style={{ listStyle: 'none', margin: 0, padding: 0 }}
          >
            {shown.map((task) => {
              const checked = selected.includes(task.id);
              return (
                <li key={task.id}>
                  <Card
                    size="small"
                    style={{ borderColor: checked ? token.colorPrimary : undefined }}
                    title={
                      // The number is the checkbox's visible label: a finger's width to tap.
                      <Checkbox
                        checked={checked}
                        aria-label={t('pick.select', { number: task.changeRequestNumber })}
                        onChange={(event) => toggle(task, event.target.checked)}
                      >
                        <code>{task.changeRequestNumber}</code>
                      </Checkbox>
                    }
                  >
                    <Flex vertical gap={4}>
                      <Typography.Text strong>
                        {task.householdHead ?? tCommon('state.unknown')}
                      </Typography.Text>
                      <Typography.Text type="secondary">
                        {t(`changeType.${task.changeType}`)} ·{' '}
                        {task.villageName ?? task.villageCode}
                      </Typography.Text>
                      <div>
                        <DueDateTag dueDate={task.dueDate} />
                      </div>
                    </Flex>
                  </Card>
                </li>
              );
            })}
          </Flex>
          {tasks.length > pageSize && (
            <Pagination
              simple
              align="center"
              current={currentPage}
              pageSize={pageSize}
              total={tasks.length}
              onChange={setPage}
            />
          )}
        </>
      )}
    </Flex>
  );
}
