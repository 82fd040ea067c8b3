import { Alert, Flex, Typography } from 'antd';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { useMe } from '@/features/auth/api/get-me';
import { TaskList, type TaskListHandle } from '@/features/inbox/components/task-list';
import { stages, type InboxFilter, type Stage, type Task } from '@/features/inbox/types';
import { IntakeSection } from '@/features/intake/components/intake-section';

import { pageIndex, paths } from '../paths';

// A task's details and decision form load when the first task is opened: the list shows sooner
// on a slow link without them.
const loadTaskDrawer = () => import('@/features/inbox/components/task-drawer');
const TaskDrawer = lazy(() =>
  loadTaskDrawer().then(({ TaskDrawer }) => ({
    default: TaskDrawer,
  })),
);
const FullNikMembers = lazy(() =>
  import('@/features/household/components/full-nik-members').then(({ FullNikMembers }) => ({
    default: FullNikMembers,
  })),
);

function isStage(value: string | null): value is Stage {
  return stages.includes(value as Stage);
}

/** The official's tasks. `?stage=&overdue=1&region=&q=&page=` (page from 1) in the address. */
export function InboxRoute() {
  const { t } = useTranslation('inbox');
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const [opened, setOpened] = useState<Task>();
  // Said once a decision is saved, until the official moves on: read out politely by screen readers.
  const [saved, setSaved] = useState(false);
  const list = useRef<TaskListHandle>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Once the drawer is closed, the keyboard goes back to the list: to the task's button when it
  // was closed undecided; after a decision, which took the task and its button off the list, on to
  // the next task, or to the top of the inbox when none is left.
  const closed = useRef<'undecided' | 'decided'>(undefined);
  useEffect(() => {
    if (opened || !closed.current) {
      return;
    }
    const decided = closed.current === 'decided';
    closed.current = undefined;
    if (!list.current?.focusAfterClose(decided)) {
      heading.current?.focus();
    }
  }, [opened]);
  // Fetched while the list shows, then mounted closed: it opens and closes as it always did, and
  // keeps the keyboard focus where the official puts it.
  const [drawerUsed, setDrawerUsed] = useState(false);
  useEffect(() => {
    loadTaskDrawer().then(
      () => setDrawerUsed(true),
      () => undefined,
    );
  }, []);
  const stageParam = params.get('stage');
  const stage = isStage(stageParam) ? stageParam : undefined;
  const filter: InboxFilter = {
    stage,
    overdueOnly: params.get('overdue') === '1',
    region: params.get('region') || undefined,
    q: params.get('q') || undefined,
  };
  const page = pageIndex(params);

  const show = (next: InboxFilter & { page: number }) => {
    setSaved(false);
    setParams(() => {
      const search = new URLSearchParams();
      if (next.stage) {
        search.set('stage', next.stage);
      }
      if (next.overdueOnly) {
        search.set('overdue', '1');
      }
      if (next.region) {
        search.set('region', next.region);
      }
      if (next.q) {
        search.set('q', next.q);
      }
      if (next.page > 0) {
        search.set('page', String(next.page + 1));
      }
      return search;
    });
  };

  return (
    <Flex vertical gap="middle">
      <div>
        <Typography.Title level={1} style={{ margin: 0 }} ref={heading} tabIndex={-1}>
          {t('list.title')}
        </Typography.Title>
        <div role="status">
          {saved && (
            <Alert
              type="success"
              showIcon
              title={t('form.decided')}
              role="none"
              style={{ marginTop: 16 }}
            />
          )}
        </div>
      </div>
      <IntakeSection role={me.data?.role} detailsPath={paths.intake} />
      <TaskList
        ref={list}
        {...filter}
        page={page}
        username={me.data?.username ?? ''}
        home={me.data ? (me.data.regionCode ?? null) : undefined}
        onFilterChange={(next) => show({ ...next, page: 0 })}
        onPageChange={(next) => show({ ...filter, page: next })}
        onOpen={(task) => {
          setDrawerUsed(true);
          setSaved(false);
          setOpened(task);
        }}
      />
      {drawerUsed && (
        <Suspense>
          <TaskDrawer
            task={opened}
            onClose={() => {
              closed.current = 'undecided';
              setOpened(undefined);
            }}
            onDecided={() => {
              closed.current = 'decided';
              setSaved(true);
              setOpened(undefined);
            }}
            householdPanel={(householdId) => <FullNikMembers householdId={householdId} />}
            changePath={paths.change}
            householdPath={paths.household}
          />
        </Suspense>
      )}
    </Flex>
  );
}
