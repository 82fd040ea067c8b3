import { Button, Flex, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { DueDateTag } from '@/components/due-date-tag';

import type { PendingTask } from '../types';

interface PickChangesStepProps {
  tasks: PendingTask[];
  selected: string[];
  onChange: (selected: string[]) => void;
  error?: string;
}

/** Step 1: which of the pending changes this deliberation decides; all, by village, or one by one. */
export function PickChangesStep({ tasks, selected, onChange, error }: PickChangesStepProps) {
  const { t } = useTranslation('deliberation');
  const { t: tCommon } = useTranslation();

  const villages = useMemo(() => {
    const names = new Map<string, string>();
    for (const task of tasks) {
      names.set(task.villageCode, task.villageName ?? task.villageCode);
    }
    return [...names].map(([value, label]) => ({ value, label }));
  }, [tasks]);

  const selectVillage = (villageCode: string) => {
    const chosen = new Set(selected);
    for (const task of tasks.filter((candidate) => candidate.villageCode === villageCode)) {
      chosen.add(task.id);
    }
    onChange(tasks.filter((task) => chosen.has(task.id)).map((task) => task.id));
  };

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
      <Table<PendingTask>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={tasks}
        scroll={{ x: 'max-content' }}
        pagination={tasks.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        rowSelection={{
          selectedRowKeys: selected,
          preserveSelectedRowKeys: true,
          onChange: (keys) => {
            const chosen = new Set(keys);
            onChange(tasks.filter((task) => chosen.has(task.id)).map((task) => task.id));
          },
          getCheckboxProps: (task) => ({
            'aria-label': t('pick.select', { number: task.changeRequestNumber }),
          }),
        }}
      />
    </Flex>
  );
}
