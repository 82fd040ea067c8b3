import { Divider, Drawer, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { Task } from '../types';
import { ChangeSummary } from './change-summary';
import { DecisionForm } from './decision-form';

/** The page puts the keyboard focus where the user goes on, once it has closed the drawer. */
const focusable = { focusTriggerAfterClose: false };

interface TaskDrawerProps {
  task: Task | undefined;
  /** Closed undecided (Escape, the close button, the mask): the page closes the drawer. */
  onClose: () => void;
  /** A decision on the task was saved: the page closes the drawer and says so. */
  onDecided: (task: Task) => void;
  /** What the drawer shows of the household a change is about: composed by the page, from the household feature. */
  householdPanel?: (householdId: number) => ReactNode;
  /** Where the change's own page is, to open beside the inbox. */
  changePath?: (changeRequestId: number) => string;
  /** Where a household the checks name opens. */
  householdPath?: (householdId: number) => string;
}

/**
 * One task beside the inbox: its change so far, and the decision form. It does not give the focus
 * back to what opened it: after a decision that has mostly left the list with the task, and antd's
 * own return missed it even when closed undecided. The page says where the focus goes instead.
 */
export function TaskDrawer({
  task,
  onClose,
  onDecided,
  householdPanel,
  changePath,
  householdPath,
}: TaskDrawerProps) {
  const { t } = useTranslation('inbox');
  const { token } = theme.useToken();
  return (
    <Drawer
      open={task !== undefined}
      onClose={onClose}
      size="min(560px, 100vw)"
      title={task && t('details.title', { number: task.changeRequestNumber })}
      destroyOnHidden
      focusable={focusable}
    >
      {task && (
        <>
          {changePath && (
            <Typography.Paragraph>
              <Link to={changePath(task.changeRequestId)}>{t('details.link')}</Link>
            </Typography.Paragraph>
          )}
          <ChangeSummary
            householdLink={householdPath}
            id={task.changeRequestId}
            household={(householdId) =>
              householdPanel && (
                <>
                  <Typography.Title level={2} style={{ margin: 0, fontSize: token.fontSizeLG }}>
                    {t('details.household')}
                  </Typography.Title>
                  {householdPanel(householdId)}
                </>
              )
            }
          />
          <Divider />
          <DecisionForm key={task.id} task={task} onDecided={() => onDecided(task)} />
        </>
      )}
    </Drawer>
  );
}
