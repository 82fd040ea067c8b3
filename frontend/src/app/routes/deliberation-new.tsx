import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { useMe } from '@/features/auth/api/get-me';
import { HoldDeliberationWizard } from '@/features/deliberation/components/hold-deliberation-wizard';
import { ChangeSummary } from '@/features/inbox/components/change-summary';

import { paths } from '../paths';

/** A chair holds a deliberation: the level and region are the signed-in user's. */
export function DeliberationNewRoute() {
  const { t } = useTranslation('deliberation');
  const me = useMe();
  const navigate = useNavigate();

  return (
    <Flex vertical gap="middle">
      <div>
        <Link to={paths.deliberations}>{t('details.back')}</Link>
      </div>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('hold.title')}
        {me.data?.regionName ? ` · ${me.data.regionName}` : ''}
      </Typography.Title>
      {me.data && (
        <HoldDeliberationWizard
          chair={me.data}
          onHeld={(id) => void navigate(paths.deliberation(id), { replace: true })}
          proposalPanel={(changeId) => (
            <ChangeSummary id={changeId} householdLink={paths.household} headingLevel={3} />
          )}
        />
      )}
    </Flex>
  );
}
