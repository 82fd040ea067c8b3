import { Flex, Typography } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { useMe } from '@/features/auth/api/get-me';
import { TaskList } from '@/features/inbox/components/task-list';
import { stages, type InboxFilter, type Stage, type Task } from '@/features/inbox/types';

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

  const show = (next: InboxFilter & { page: number }) =>
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

  return (
    <Flex vertical gap="middle">
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('list.title')}
      </Typography.Title>
      <TaskList
        {...filter}
        page={page}
        username={me.data?.username ?? ''}
        home={me.data ? (me.data.regionCode ?? null) : undefined}
        onFilterChange={(next) => show({ ...next, page: 0 })}
        onPageChange={(next) => show({ ...filter, page: next })}
        onOpen={(task) => {
          setDrawerUsed(true);
          setOpened(task);
        }}
      />
      {drawerUsed && (
        <Suspense>
          <TaskDrawer
            task={opened}
            onClose={() => setOpened(undefined)}
            householdPanel={(householdId) => <FullNikMembers householdId={householdId} />}
            changePath={paths.change}
            householdPath={paths.household}
          />
        </Suspense>
      )}
    </Flex>
  );
}
