import { Alert, Button, Card, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ProblemAlert } from '@/components/problem-alert';

import { useFieldCheck } from '../api/get-field-check';
import { isOpen } from '../field-work-rules';
import type { FieldCheck } from '../types';
import { HouseholdLines } from './household-lines';
import { VisitForm } from './visit-form';

interface FieldVisitProps {
  taskId: string;
  /** The worklist's row, when the page was opened from it; otherwise it is looked up. */
  check?: FieldCheck;
  listPath: string;
  onVisited: (visited: FieldCheck) => void;
}

/**
 * One household's visit, for a phone on a slow link: who and where (from the worklist's row, or
 * looked up after a reload), then the form, which shows at once without waiting for either.
 */
export function FieldVisit({ taskId, check: given, listPath, onVisited }: FieldVisitProps) {
  const { t } = useTranslation('field-work');
  const { t: tCommon } = useTranslation();
  const found = useFieldCheck(taskId, given === undefined);
  const check = given ?? found.data ?? undefined;
  const gone = given === undefined && found.data === null;

  return (
    <Flex vertical gap="middle" style={{ width: '100%', maxWidth: 560, margin: '0 auto' }}>
      <Link to={listPath} style={{ display: 'inline-flex', alignItems: 'center', minHeight: 44 }}>
        {t('visit.back')}
      </Link>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
        {t('visit.title')}
      </Typography.Title>
      {check ? (
        <Card size="small">
          <Flex vertical gap={4} style={{ fontSize: 16 }}>
            <Typography.Text strong style={{ fontSize: 18 }}>
              {check.headName ?? t('worklist.unnamed')}
            </Typography.Text>
            <HouseholdLines check={check} />
          </Flex>
        </Card>
      ) : found.isError ? (
        <ProblemAlert
          error={found.error}
          action={<Button onClick={() => void found.refetch()}>{tCommon('action.retry')}</Button>}
        />
      ) : (
        !gone && <Spin size="small" description={t('visit.loadingHousehold')} />
      )}
      {gone ? (
        <Alert type="warning" showIcon title={t('visit.gone')} />
      ) : check && !isOpen(check) ? (
        <Alert type="info" showIcon title={t('visit.decided')} />
      ) : (
        <VisitForm
          taskId={taskId}
          changeType={check?.changeType}
          headName={check?.headName}
          onVisited={onVisited}
        />
      )}
    </Flex>
  );
}
