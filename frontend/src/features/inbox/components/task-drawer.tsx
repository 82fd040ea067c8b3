import { Divider, Drawer } from 'antd';
import { useTranslation } from 'react-i18next';

import type { Task } from '../types';
import { ChangeSummary } from './change-summary';
import { DecisionForm } from './decision-form';

interface TaskDrawerProps {
  task: Task | undefined;
  onClose: () => void;
}

/** One task beside the inbox: its change so far, and the decision form. */
export function TaskDrawer({ task, onClose }: TaskDrawerProps) {
  const { t } = useTranslation('inbox');
  return (
    <Drawer
      open={task !== undefined}
      onClose={onClose}
      size="min(560px, 100vw)"
      title={task && t('details.title', { number: task.changeRequestNumber })}
      destroyOnHidden
    >
      {task && (
        <>
          <ChangeSummary id={task.changeRequestId} />
          <Divider />
          <DecisionForm key={task.id} task={task} onDecided={onClose} />
        </>
      )}
    </Drawer>
  );
}
