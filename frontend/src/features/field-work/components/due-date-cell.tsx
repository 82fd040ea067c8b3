import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import { formatDueDate } from '@/lib/due-date';

import type { FieldCheck } from '../types';

/** The field check's due date, tagged when the server counts it overdue. */
export function DueDateCell({ check }: { check: Pick<FieldCheck, 'dueDate' | 'overdue'> }) {
  const { t } = useTranslation();
  if (!check.dueDate) {
    return t('state.unknown');
  }
  return (
    <Flex gap={4} wrap align="center">
      <span>{formatDueDate(check.dueDate)}</span>
      {check.overdue && <Tag color="red">{t('dueDate.overdue')}</Tag>}
    </Flex>
  );
}
