import { Button, Flex, Layout } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';

import { ProblemAlert } from '@/components/problem-alert';
import { useMe } from '@/features/auth/api/get-me';
import { followLanguageOf } from '@/lib/i18n';

import { AntdProvider } from './antd-provider';
import { AppHeader } from './app-header';
import { PageLoading } from './page-loading';
import { paths } from './paths';

/** Every screen behind sign-in, with antd: the header, then the screen. */
export function AppShell() {
  return (
    <AntdProvider>
      <SignedInFrame />
    </AntdProvider>
  );
}

function SignedInFrame() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const username = me.data?.username;
  useEffect(() => {
    void followLanguageOf(username);
  }, [username]);

  if (me.isPending) {
    return <PageLoading />;
  }
  if (me.isError) {
    return (
      <Flex justify="center" style={{ padding: 48 }}>
        <ProblemAlert
          error={me.error}
          action={<Button onClick={() => void me.refetch()}>{t('action.retry')}</Button>}
        />
      </Flex>
    );
  }
  if (me.data === null) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`${paths.login}?next=${encodeURIComponent(next)}`} replace />;
  }

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <AppHeader me={me.data} onSignedOut={() => void navigate(paths.login)} />
      <Layout.Content style={{ padding: 24, width: '100%', maxWidth: 1440, margin: '0 auto' }}>
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
