import { Button, Flex, Layout, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation, useNavigate } from 'react-router';

import { ProblemAlert } from '@/components/problem-alert';
import { LanguageSwitch } from '@/components/language-switch';
import { useMe } from '@/features/auth/api/get-me';
import { UserMenu } from '@/features/auth/components/user-menu';

import { PageLoading } from './page-loading';
import { paths } from './paths';

/** Every screen behind sign-in: the header, then the screen. */
export function AppShell() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();

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
      <Layout.Header style={{ borderBottom: '1px solid rgba(5, 5, 5, 0.06)', height: 'auto' }}>
        <Flex justify="space-between" align="center" gap="middle" wrap style={{ minHeight: 64 }}>
          <Flex align="center" gap="large">
            <Link to="/" aria-label={t('appName')}>
              <Typography.Title level={3} style={{ margin: 0 }}>
                {t('appName')}
              </Typography.Title>
            </Link>
            <Link to={paths.households}>{t('nav.households')}</Link>
          </Flex>
          <Flex align="center" gap="middle" wrap>
            <UserMenu me={me.data} onSignedOut={() => void navigate(paths.login)} />
            <LanguageSwitch />
          </Flex>
        </Flex>
      </Layout.Header>
      <Layout.Content style={{ padding: 24, width: '100%', maxWidth: 1440, margin: '0 auto' }}>
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
