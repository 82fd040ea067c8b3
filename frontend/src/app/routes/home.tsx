import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';

import { useMe } from '@/features/auth/api/get-me';

import { PageLoading } from '../page-loading';
import { paths } from '../paths';

/** Camunda's own administration, served beside the app under the same sign-in. */
export const cockpitPath = '/camunda/app/cockpit/';

/**
 * Where signing in lands: the households for every official; the administrator, who runs the
 * engine and reads no registry, gets the way to Camunda Cockpit instead of a screen refused.
 */
export function HomeRoute() {
  const { t } = useTranslation();
  const me = useMe();

  if (me.isPending) {
    return <PageLoading />;
  }
  if (me.data?.role !== 'ADMIN') {
    return <Navigate to={paths.households} replace />;
  }
  return (
    <Flex vertical gap="middle" align="start">
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('adminHome.title')}
      </Typography.Title>
      <Typography.Paragraph style={{ margin: 0 }}>
        {t('adminHome.explanation')}
      </Typography.Paragraph>
      <Button type="primary" href={cockpitPath}>
        {t('adminHome.cockpit')}
      </Button>
    </Flex>
  );
}
