import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';

import { LanguageSwitch } from '@/components/language-switch';
import { useMe } from '@/features/auth/api/get-me';
import { useSignInPage } from '@/features/auth/api/get-sign-in-page';
import { DemoNotice } from '@/features/auth/components/demo-notice';
import { LoginForm } from '@/features/auth/components/login-form';

import { PageLoading } from '../page-loading';
import { afterSignIn } from '../paths';

export function LoginRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const me = useMe();
  // Asked alongside who is signed in, so that the demo's warning comes with the form.
  const signInPage = useSignInPage();
  const next = afterSignIn(params.get('next'));

  const proceed = () => {
    if (next.external) {
      window.location.assign(next.path);
    } else {
      void navigate(next.path, { replace: true });
    }
  };

  if (me.isPending) {
    return <PageLoading />;
  }
  if (me.data && !next.external) {
    return <Navigate to={next.path} replace />;
  }

  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh', padding: 16 }}>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Flex vertical gap="large">
          <Flex justify="space-between" align="start">
            <div>
              <Typography.Title level={2} style={{ margin: 0 }}>
                {t('appName')}
              </Typography.Title>
              <Typography.Text type="secondary">{t('tagline')}</Typography.Text>
            </div>
            <LanguageSwitch />
          </Flex>
          {signInPage.data?.demo && <DemoNotice />}
          <LoginForm onSignedIn={proceed} />
        </Flex>
      </Card>
    </Flex>
  );
}
