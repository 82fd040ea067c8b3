import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { useMe } from '@/features/auth/api/get-me';
import { OpenRoundForm } from '@/features/rounds/components/open-round-form';
import { opensRounds } from '@/features/rounds/round-rules';

import { paths } from '../paths';

/** Dinas Sosial's head or operator opens a round for their district; the ministry for any. */
export function RoundNewRoute() {
  const { t } = useTranslation('rounds');
  const { t: tCommon } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();

  return (
    <Flex vertical gap="middle">
      <div>
        <Link to={paths.rounds}>{t('details.back')}</Link>
      </div>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('open.title')}
      </Typography.Title>
      {me.data &&
        (opensRounds(me.data.role) ? (
          <OpenRoundForm
            official={me.data}
            onOpened={(round) => void navigate(paths.round(round.id), { replace: true })}
            onCancel={() => void navigate(paths.rounds)}
          />
        ) : (
          <Alert type="warning" showIcon title={tCommon('error.forbidden')} />
        ))}
    </Flex>
  );
}
