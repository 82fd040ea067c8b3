import { Alert, Button, Flex, Progress, Result, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ProblemAlert } from '@/components/problem-alert';

import { useFieldImport } from '../api/get-field-import';
import { appliedPercent } from '../field-work-rules';

interface ImportProgressProps {
  id: number;
  worklistPath: string;
}

/**
 * A confirmed sheet's decisions as the engine applies them, read again every second, then done:
 * the way back to the worklist.
 */
export function ImportProgress({ id, worklistPath }: ImportProgressProps) {
  const { t } = useTranslation('field-work');
  const { t: tCommon } = useTranslation();
  const imported = useFieldImport(id);

  if (imported.isError && !imported.data) {
    return (
      <ProblemAlert
        error={imported.error}
        action={<Button onClick={() => void imported.refetch()}>{tCommon('action.retry')}</Button>}
      />
    );
  }
  if (!imported.data) {
    return <Spin description={tCommon('state.loading')} />;
  }
  const { toDecide, applying } = imported.data;
  if (applying > 0) {
    const text = t('import.applying', { applied: toDecide - applying, total: toDecide });
    return (
      <Alert
        type="info"
        showIcon
        title={t('import.applyingTitle')}
        description={
          <Flex vertical gap={4}>
            <Progress
              percent={appliedPercent(imported.data)}
              status="active"
              aria-label={t('import.applyingTitle')}
              aria-valuetext={text}
            />
            <Typography.Text role="status">{text}</Typography.Text>
          </Flex>
        }
      />
    );
  }
  return (
    <Result
      status="success"
      title={t('import.done')}
      subTitle={t('import.doneDetail', { count: toDecide })}
      extra={<Link to={worklistPath}>{t('import.toWorklist')}</Link>}
    />
  );
}
