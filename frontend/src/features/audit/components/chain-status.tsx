import { Alert, Button, Card, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';

import { useChainCheck } from '../api/get-chain-check';

/** Whether the audit log's hash chain is intact, checked when the auditor opens the page. */
export function ChainStatus() {
  const { t } = useTranslation('audit');
  const chain = useChainCheck();

  const recheck = (
    <Button onClick={() => void chain.refetch()} loading={chain.isFetching}>
      {t('chain.check')}
    </Button>
  );

  return (
    <Card title={t('chain.title')} extra={chain.isSuccess && recheck}>
      {chain.isPending && <Skeleton active paragraph={{ rows: 1 }} />}
      {chain.isError && <ProblemAlert error={chain.error} action={recheck} />}
      {chain.data?.valid === true && (
        <Alert
          type="success"
          showIcon
          title={t('chain.valid')}
          description={
            <Typography.Text style={{ wordBreak: 'break-all' }}>
              {t('chain.validDetail', {
                checked: chain.data.checked,
                lastId: chain.data.lastId,
                lastHash: chain.data.lastHash,
              })}
            </Typography.Text>
          }
        />
      )}
      {chain.data?.valid === false && (
        <Alert
          type="error"
          showIcon
          title={t('chain.broken')}
          description={t('chain.brokenDetail', {
            checked: chain.data.checked,
            firstBrokenId: chain.data.firstBrokenId,
            problem: t(`chain.problem.${chain.data.problem}`),
          })}
        />
      )}
    </Card>
  );
}
