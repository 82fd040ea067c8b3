import '@/components/light.css';

import { lazy, Suspense, useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';

import { LanguageSwitch } from '@/components/language-switch';
import { useMe } from '@/features/auth/api/get-me';
import { useSignInPage } from '@/features/auth/api/get-sign-in-page';
import { DemoNotice } from '@/features/auth/components/demo-notice';
import { LoginForm } from '@/features/auth/components/login-form';
import { firstTasksQuery } from '@/features/inbox/api/get-tasks';

import { PageLoading } from '../page-loading';
import { afterSignIn, paths } from '../paths';
import { loadInboxPreview, preloadFirstPage, preloadScreen } from '../preload-screen';

/** How long a form left alone waits before the screen behind it starts loading all the same. */
const typingPauseMs = 3000;

const InboxPreview = lazy(() =>
  loadInboxPreview().then(({ InboxPreview }) => ({ default: InboxPreview })),
);

/**
 * The sign-in page: plain HTML, no antd. While the official types, the screen they are going to
 * (and antd with it) loads, so that it opens at once after "Masuk".
 */
export function LoginRoute() {
  const { t } = useTranslation();
  const { t: tAuth } = useTranslation('auth');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  // Asked alongside who is signed in, so that the demo's warning comes with the form.
  const signInPage = useSignInPage();
  const next = afterSignIn(params.get('next'));

  useEffect(() => {
    if (next.external) {
      return;
    }
    preloadFirstPage(next.path);
    // The screen behind the form loads once the official starts typing, or after a moment. A form
    // filled in at once (by the browser's password manager) sends the sign-in first: on a village's
    // link a dozen chunks on their way would hold its request back by seconds.
    // Whichever comes first starts it, and stops the other.
    const preload = () => {
      window.clearTimeout(timer);
      window.removeEventListener('keydown', preload);
      preloadScreen(next.path);
    };
    const timer = window.setTimeout(preload, typingPauseMs);
    window.addEventListener('keydown', preload);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('keydown', preload);
    };
  }, [next.external, next.path]);

  const landsOnInbox = !next.external && next.path === paths.inbox;

  const proceed = () => {
    if (landsOnInbox) {
      // Asked before the inbox's chunks are: its first page then does not queue behind them.
      void queryClient.prefetchQuery(firstTasksQuery());
    }
    if (next.external) {
      window.location.assign(next.path);
    } else {
      void navigate(next.path, { replace: true });
    }
  };

  // The form shows while the server says whether someone is signed in already: on a slow link that
  // answer comes a round trip later, and then leads on to the screen. Until that screen has loaded,
  // the inbox's first page shows in plain HTML, or the loading state.
  if (me.data && !next.external) {
    return (
      <>
        <Navigate to={next.path} replace />
        <main className="vv-page vv-page-top">
          {landsOnInbox ? (
            <Suspense fallback={<PageLoading />}>
              <InboxPreview />
            </Suspense>
          ) : (
            <PageLoading />
          )}
        </main>
      </>
    );
  }

  return (
    <main className="vv-page">
      <div className="vv-card">
        <div className="vv-row">
          <div>
            <h1>{t('appName')}</h1>
            <p className="vv-muted">{t('tagline')}</p>
          </div>
          <LanguageSwitch />
        </div>
        {signInPage.data?.demo && <DemoNotice />}
        <LoginForm onSignedIn={proceed} />
        {/* Residents who found the site look for their own status, not for an account. */}
        <p className="vv-muted">
          <Link to={paths.residentStatus}>{tAuth('login.residentStatus')}</Link>
        </p>
      </div>
    </main>
  );
}
