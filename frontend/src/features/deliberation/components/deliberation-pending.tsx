import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';

/** What a deliberation's page shows until the deliberation has loaded: a spinner, or why not and a retry. */
export function DeliberationPending({ query }: { query: UseQueryResult<unknown> }) {
  const { t } = useTranslation();
  if (query.isError) {
    return (
      <ProblemAlert
        error={query.error}
        action={<Button onClick={() => void query.refetch()}>{t('action.retry')}</Button>}
      />
    );
  }
  return <Spin description={t('state.loading')} />;
}
