import { Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

import { useMe } from '@/features/auth/api/get-me';
import { ChangeRequestForm } from '@/features/change-request/components/change-request-form';

import { PageLoading } from '../page-loading';
import { paths } from '../paths';

/**
 * A new household for the operator's own village. It has no page until it is approved and put on
 * the registry, so a proposal leads back to the list; its change is in the inbox and the reports.
 */
export function NewHouseholdRoute() {
  const { t } = useTranslation('change');
  const { t: tCommon } = useTranslation();
  const query = useMe();
  const me = query.data;
  const location = useLocation();
  const navigate = useNavigate();
  const back = () => void (location.key === 'default' ? navigate(paths.households) : navigate(-1));

  if (query.isPending) {
    return <PageLoading />;
  }
  if (me?.role !== 'VILLAGE_OPERATOR' || !me.regionCode) {
    return <Result status="403" title={tCommon('error.forbidden')} />;
  }
  return (
    <Flex vertical gap="middle" style={{ maxWidth: 960 }}>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('form.titleNewHousehold')}
      </Typography.Title>
      <ChangeRequestForm
        villageCode={me.regionCode}
        villageName={me.regionName}
        onProposed={() => void navigate(paths.households)}
        onCancel={back}
      />
    </Flex>
  );
}
