import '@/components/light.css';

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';

import { LanguageSwitch } from '@/components/language-switch';
import { useMe } from '@/features/auth/api/get-me';
import { useSignInPage } from '@/features/auth/api/get-sign-in-page';
import { DemoNotice } from '@/features/auth/components/demo-notice';
import { LoginForm } from '@/features/auth/components/login-form';

import { afterSignIn } from '../paths';
import { preloadScreen } from '../preload-screen';

/**
 * The sign-in page: plain HTML, no antd. While the official types, the screen they are going to
 * (and antd with it) loads, so that it opens at once after "Masuk".
 */
export function LoginRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const me = useMe();
  // Asked alongside who is signed in, so that the demo's warning comes with the form.
  const signInPage = useSignInPage();
  const next = afterSignIn(params.get('next'));

  useEffect(() => {
    if (!next.external) {
      preloadScreen(next.path);
    }
  }, [next.external, next.path]);

  const proceed = () => {
    if (next.external) {
      window.location.assign(next.path);
    } else {
      void navigate(next.path, { replace: true });
    }
  };

  // The form shows while the server says whether someone is signed in already: on a slow link that
  // answer comes a round trip later, and then leads on to the screen.
  if (me.data && !next.external) {
    return <Navigate to={next.path} replace />;
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
      </div>
    </main>
  );
}
