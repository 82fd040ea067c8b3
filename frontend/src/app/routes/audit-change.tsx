import { ArrowLeftOutlined } from '@ant-design/icons';
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ChangeReplay } from '@/features/audit/components/change-replay';

import { paths } from '../paths';
import { NotFoundRoute } from './not-found';

/** One change's replay for the auditor. */
export function AuditChangeRoute() {
  const { t } = useTranslation('audit');
  const { id } = useParams();
  const changeId = Number(id);

  if (!Number.isSafeInteger(changeId) || changeId <= 0) {
    return <NotFoundRoute />;
  }
  return (
    <Flex vertical gap="middle">
      <Link to={paths.audit}>
        <ArrowLeftOutlined /> {t('replay.back')}
      </Link>
      <ChangeReplay key={changeId} id={changeId} />
    </Flex>
  );
}
