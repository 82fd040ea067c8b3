import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';

import { PageLoading } from './page-loading';
import { LoginRoute } from './routes/login';
import { paths } from './paths';

// Each screen is its own chunk, loaded when first opened; the signed-in frame (and antd with it)
// too, so that the sign-in page needs neither.
const LazyRouteError = lazy(() =>
  import('./route-error').then(({ RouteError }) => ({ default: RouteError })),
);
const routeError = (
  <Suspense fallback={<PageLoading />}>
    <LazyRouteError />
  </Suspense>
);

const router = createBrowserRouter([
  {
    path: paths.login,
    // In the first chunk: the first screen of a first visit, without a round trip of its own.
    Component: LoginRoute,
    errorElement: routeError,
  },
  {
    path: paths.residentStatus,
    // Public, outside the signed-in frame; a chunk of its own, so that the sign-in page does not carry it.
    lazy: () =>
      import('./routes/resident-status').then(({ ResidentStatusRoute }) => ({
        Component: ResidentStatusRoute,
      })),
    HydrateFallback: PageLoading,
    errorElement: routeError,
  },
  {
    path: paths.residentProposal,
    // Public too, each in a chunk of its own: a resident opens one of them, over whatever link they have.
    lazy: () =>
      import('./routes/resident-proposal').then(({ ResidentProposalRoute }) => ({
        Component: ResidentProposalRoute,
      })),
    HydrateFallback: PageLoading,
    errorElement: routeError,
  },
  {
    path: paths.residentObjection,
    lazy: () =>
      import('./routes/resident-objection').then(({ ResidentObjectionRoute }) => ({
        Component: ResidentObjectionRoute,
      })),
    HydrateFallback: PageLoading,
    errorElement: routeError,
  },
  {
    path: '/',
    lazy: () => import('./app-shell').then(({ AppShell }) => ({ Component: AppShell })),
    HydrateFallback: PageLoading,
    errorElement: routeError,
    children: [
      {
        index: true,
        lazy: () => import('./routes/home').then(({ HomeRoute }) => ({ Component: HomeRoute })),
      },
      {
        path: 'households',
        lazy: () =>
          import('./routes/households').then(({ HouseholdsRoute }) => ({
            Component: HouseholdsRoute,
          })),
      },
      {
        path: 'households/new',
        lazy: () =>
          import('./routes/new-household').then(({ NewHouseholdRoute }) => ({
            Component: NewHouseholdRoute,
          })),
      },
      {
        path: 'households/:id/changes/new',
        lazy: () =>
          import('./routes/new-change').then(({ NewChangeRoute }) => ({
            Component: NewChangeRoute,
          })),
      },
      {
        path: 'households/:id',
        lazy: () =>
          import('./routes/household').then(({ HouseholdRoute }) => ({
            Component: HouseholdRoute,
          })),
      },
      {
        path: 'changes',
        lazy: () =>
          import('./routes/changes').then(({ ChangesRoute }) => ({ Component: ChangesRoute })),
      },
      {
        path: 'changes/:id',
        lazy: () =>
          import('./routes/change').then(({ ChangeRoute }) => ({ Component: ChangeRoute })),
      },
      {
        path: 'inbox',
        lazy: () => import('./routes/inbox').then(({ InboxRoute }) => ({ Component: InboxRoute })),
      },
      {
        path: 'intake/:code',
        lazy: () =>
          import('./routes/intake').then(({ IntakeRoute }) => ({ Component: IntakeRoute })),
      },
      {
        path: 'supervision',
        lazy: () =>
          import('./routes/supervision').then(({ SupervisionRoute }) => ({
            Component: SupervisionRoute,
          })),
      },
      {
        path: 'reports',
        lazy: () =>
          import('./routes/reports').then(({ ReportsRoute }) => ({ Component: ReportsRoute })),
      },
      {
        path: 'audit',
        lazy: () => import('./routes/audit').then(({ AuditRoute }) => ({ Component: AuditRoute })),
      },
      {
        path: 'audit/changes/:id',
        lazy: () =>
          import('./routes/audit-change').then(({ AuditChangeRoute }) => ({
            Component: AuditChangeRoute,
          })),
      },
      {
        path: 'deliberations',
        lazy: () =>
          import('./routes/deliberations').then(({ DeliberationsRoute }) => ({
            Component: DeliberationsRoute,
          })),
      },
      {
        path: 'deliberations/new',
        lazy: () =>
          import('./routes/deliberation-new').then(({ DeliberationNewRoute }) => ({
            Component: DeliberationNewRoute,
          })),
      },
      {
        path: 'deliberations/:id',
        lazy: () =>
          import('./routes/deliberation').then(({ DeliberationRoute }) => ({
            Component: DeliberationRoute,
          })),
      },
      {
        path: 'deliberations/:id/bnba',
        lazy: () =>
          import('./routes/deliberation-bnba').then(({ DeliberationBnbaRoute }) => ({
            Component: DeliberationBnbaRoute,
          })),
      },
      {
        path: 'field-checks',
        lazy: () =>
          import('./routes/field-checks').then(({ FieldChecksRoute }) => ({
            Component: FieldChecksRoute,
          })),
      },
      {
        path: 'field-checks/print',
        lazy: () =>
          import('./routes/field-sheet-print').then(({ FieldSheetPrintRoute }) => ({
            Component: FieldSheetPrintRoute,
          })),
      },
      {
        path: 'field-checks/import',
        lazy: () =>
          import('./routes/field-import').then(({ FieldImportRoute }) => ({
            Component: FieldImportRoute,
          })),
      },
      {
        path: 'field-checks/:taskId/visit',
        lazy: () =>
          import('./routes/field-visit').then(({ FieldVisitRoute }) => ({
            Component: FieldVisitRoute,
          })),
      },
      {
        path: 'settings/notifications',
        lazy: () =>
          import('./routes/notification-settings').then(({ NotificationSettingsRoute }) => ({
            Component: NotificationSettingsRoute,
          })),
      },
      {
        path: 'rounds',
        lazy: () =>
          import('./routes/rounds').then(({ RoundsRoute }) => ({ Component: RoundsRoute })),
      },
      {
        path: 'rounds/new',
        lazy: () =>
          import('./routes/round-new').then(({ RoundNewRoute }) => ({ Component: RoundNewRoute })),
      },
      {
        path: 'rounds/:id',
        lazy: () => import('./routes/round').then(({ RoundRoute }) => ({ Component: RoundRoute })),
      },
      {
        path: '*',
        lazy: () =>
          import('./routes/not-found').then(({ NotFoundRoute }) => ({ Component: NotFoundRoute })),
      },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
