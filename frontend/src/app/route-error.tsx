import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';

import { AntdProvider } from './antd-provider';

/** A screen that failed to load or render, typically a stale tab after a new release. */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <AntdProvider>
      <Result
        status="error"
        title={t('error.title')}
        subTitle={t('error.server')}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            {t('action.retry')}
          </Button>
        }
      />
    </AntdProvider>
  );
}
