import { paths } from './paths';

/** The screens an official usually lands on after signing in, by their path. */
const landingScreens: Record<string, () => Promise<unknown>> = {
  [paths.households]: () => import('./routes/households'),
  [paths.inbox]: () => import('./routes/inbox'),
};

/**
 * Loads the signed-in frame (with antd) and the screen at `path` ahead of time, while the sign-in
 * form is being filled in. A failure here is no failure: the router loads them again when needed.
 */
export function preloadScreen(path: string) {
  const [pathname = path] = path.split(/[?#]/);
  const ignore = () => undefined;
  import('./app-shell').catch(ignore);
  landingScreens[pathname]?.().catch(ignore);
}
