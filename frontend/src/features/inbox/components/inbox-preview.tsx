import '@/components/light.css';

import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { dueState, formatDueDate } from '@/lib/due-date';
import { registerWords } from '@/lib/i18n';
import enInbox from '@/locales/en/inbox.json';
import idInbox from '@/locales/id/inbox.json';

import { firstTasksQuery } from '../api/get-tasks';
import type { Task } from '../types';

// This chunk comes before the screens' words do: it brings the inbox's own.
registerWords({ id: { inbox: idInbox }, en: { inbox: enInbox } });

/**
 * The inbox's first page in plain HTML, for the moment between "Masuk" and the inbox itself: on a cheap phone over a
 * village's link, the full inbox (antd's table, filters and pagination) can take seconds more to arrive, and the
 * official reads their work meanwhile. It asks for the very page the inbox shows first, so the inbox takes its place
 * without asking again. Nothing here is a control: the tasks open once the inbox is there.
 */
export function InboxPreview() {
  const { t } = useTranslation('inbox');
  const { t: tCommon } = useTranslation();
  const tasks = useQuery(firstTasksQuery());

  return (
    <div className="vv-preview">
      <h1>{t('list.title')}</h1>
      <p className="vv-preview-status" role="status">
        <span className="vv-spinner vv-spinner-small" aria-hidden="true" />
        {tCommon('state.loading')}
      </p>
      {tasks.data &&
        (tasks.data.content.length === 0 ? (
          <p>{t('list.empty')}</p>
        ) : (
          <ul className="vv-task-rows" aria-label={t('list.title')}>
            {tasks.data.content.map((task) => (
              <TaskRow key={task.id} task={task} />
            ))}
          </ul>
        ))}
    </div>
  );
}

function TaskRow({ task }: { task: Task }) {
  const { t } = useTranslation('inbox');
  return (
    <li data-task-row>
      <div className="vv-row">
        <code>{task.changeRequestNumber}</code>
        <span className="vv-muted">{t(`changeType.${task.changeType}`)}</span>
      </div>
      <strong>{task.householdHead}</strong>
      <span className="vv-muted">
        {task.villageName ?? task.villageCode} · {t(`stage.${task.stage}`)}
        {task.followUp && ` · ${t('list.followUp')}`}
      </span>
      {task.dueDate && <DueDate dueDate={task.dueDate} />}
    </li>
  );
}

function DueDate({ dueDate }: { dueDate: string }) {
  const { t } = useTranslation();
  const state = dueState(dueDate);
  return (
    <span data-due={state}>
      {formatDueDate(dueDate)}
      {state !== 'onTime' && ` · ${t(`dueDate.${state}`)}`}
    </span>
  );
}
