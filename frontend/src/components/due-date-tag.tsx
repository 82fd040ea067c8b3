import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import { dueState, formatDueDate, type DueState } from '@/lib/due-date';

const colours: Record<DueState, string | undefined> = {
  overdue: 'red',
  dueSoon: 'orange',
  onTime: undefined,
};

interface DueDateTagProps {
  /** An instant from the API; none when the work has no deadline. */
  dueDate?: string | null;
  now?: Date;
}

/** A due date: red once overdue, orange when due within seven days. */
export function DueDateTag({ dueDate, now }: DueDateTagProps) {
  const { t } = useTranslation();
  if (!dueDate) {
    return t('state.unknown');
  }
  const state = dueState(dueDate, now);
  const date = formatDueDate(dueDate);
  return (
    <Tag color={colours[state]} data-due={state}>
      {state === 'onTime' ? date : `${date} · ${t(`dueDate.${state}`)}`}
    </Tag>
  );
}
