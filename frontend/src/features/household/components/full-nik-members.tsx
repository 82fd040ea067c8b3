import { EyeOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';

import { householdQuery } from '../api/get-household';
import { MemberTable } from './member-table';

/**
 * A household's members with their full NIKs, fetched only when the official asks: the server records every
 * such read in the audit log, so a glance at a task never counts as one.
 */
export function FullNikMembers({ householdId }: { householdId: number }) {
  const { t } = useTranslation('household');
  const [revealed, setRevealed] = useState(false);
  const household = useQuery({ ...householdQuery(householdId), enabled: revealed });

  if (!revealed) {
    return (
      <Flex vertical gap="small" align="start">
        <Button icon={<EyeOutlined />} onClick={() => setRevealed(true)}>
          {t('fullNik.show')}
        </Button>
        <Typography.Text type="secondary">{t('fullNik.audited')}</Typography.Text>
      </Flex>
    );
  }
  if (household.isPending) {
    return <Skeleton active paragraph={{ rows: 3 }} />;
  }
  if (household.isError) {
    return <ProblemAlert error={household.error} />;
  }
  return (
    <Flex vertical gap="small">
      <Alert type="info" showIcon title={t('fullNik.recorded')} />
      <MemberTable members={household.data.members} household={household.data} />
    </Flex>
  );
}
