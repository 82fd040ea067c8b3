import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { useMe } from '@/features/auth/api/get-me';
import { useChangeRequest } from '@/features/inbox/api/get-change-request';
import { ChangeSummary } from '@/features/inbox/components/change-summary';

import { paths } from '../paths';
import { NotFoundRoute } from './not-found';

/**
 * One change as its proposer and every official entitled to it see it, wherever its number was
 * shown: what it proposes, where it stands, every decision and what the checks found. Outside the
 * caller's region the server answers 404 and the page says only that.
 */
export function ChangeRoute() {
  const { id } = useParams();
  const changeId = Number(id);

  if (!Number.isSafeInteger(changeId) || changeId <= 0) {
    return <NotFoundRoute />;
  }
  return <ChangePage key={changeId} id={changeId} />;
}

function ChangePage({ id }: { id: number }) {
  const { t } = useTranslation('inbox');
  const me = useMe();
  const change = useChangeRequest(id);
  const data = change.data;

  return (
    <Flex vertical gap="middle" style={{ maxWidth: 880 }}>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {data ? t('details.title', { number: data.number }) : t('page.loading')}
      </Typography.Title>
      {data && (
        <Flex gap="middle" wrap>
          {data.householdHead && (
            <Typography.Text>
              {[data.householdHead, data.villageName].filter(Boolean).join(' · ')}
            </Typography.Text>
          )}
          {data.householdId !== undefined && (
            <Link to={paths.household(data.householdId)}>{t('page.household')}</Link>
          )}
          {me.data?.role === 'AUDITOR' && (
            <Link to={paths.auditChange(id)}>{t('page.replay')}</Link>
          )}
        </Flex>
      )}
      <ChangeSummary
        id={id}
        householdLink={paths.household}
        deliberationLink={paths.deliberation}
      />
    </Flex>
  );
}
