import { Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { ChainStatus } from '@/features/audit/components/chain-status';
import { ChangePicker } from '@/features/audit/components/change-picker';
import { ReadsLog } from '@/features/audit/components/reads-log';

import { paths } from '../paths';

/** The auditor's desk: the audit chain, the changes to replay, and who read which household. */
export function AuditRoute() {
  const { t } = useTranslation('audit');
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('title')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <ChainStatus />
        </Col>
        <Col xs={24} xl={16}>
          <ChangePicker replayPath={paths.auditChange} />
        </Col>
      </Row>
      <ReadsLog householdPath={paths.household} />
    </Flex>
  );
}
