import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import { intlLocale } from '@/lib/i18n';

const dayMs = 24 * 60 * 60 * 1000;

/** Work due within this many days is flagged, as the supervisors' "due soon" counts it. */
const dueSoonDays = 7;

type DueState = 'overdue' | 'dueSoon' | 'onTime';

function dueState(dueDate: string, now: Date = new Date()): DueState {
  const left = new Date(dueDate).getTime() - now.getTime();
  if (left < 0) {
    return 'overdue';
  }
  return left <= dueSoonDays * dayMs ? 'dueSoon' : 'onTime';
}

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
  const date = new Intl.DateTimeFormat(intlLocale(), {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(dueDate));
  return (
    <Tag color={colours[state]} data-due={state}>
      {state === 'onTime' ? date : `${date} · ${t(`dueDate.${state}`)}`}
    </Tag>
  );
}
