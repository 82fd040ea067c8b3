import { paths } from './paths';

/** The inbox's first page in plain HTML, shown between "Masuk" and the inbox itself. */
export const loadInboxPreview = () => import('@/features/inbox/components/inbox-preview');

/** The screens an official usually lands on after signing in, by their path. */
const landingScreens: Record<string, () => Promise<unknown>> = {
  [paths.households]: () => import('./routes/households'),
  [paths.inbox]: () => import('./routes/inbox'),
};

const ignore = () => undefined;

const pathnameOf = (path: string) => path.split(/[?#]/)[0] ?? path;

/**
 * Loads what shows first after "Masuk" on its way to `path`: for the inbox, its plain first page (a few kB). A
 * failure here is no failure: it is loaded again when needed.
 */
export function preloadFirstPage(path: string) {
  if (pathnameOf(path) === paths.inbox) {
    loadInboxPreview().catch(ignore);
  }
}

/**
 * Loads the signed-in frame (with antd) and the screen at `path` ahead of time, while the sign-in
 * form is being filled in. A failure here is no failure: the router loads them again when needed.
 */
export function preloadScreen(path: string) {
  import('./app-shell').catch(ignore);
  landingScreens[pathnameOf(path)]?.().catch(ignore);
}
