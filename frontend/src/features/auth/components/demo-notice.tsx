import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

/** The demo's warning that anyone may sign in to its accounts: nothing real belongs there. */
export function DemoNotice() {
  const { t } = useTranslation('auth');
  return (
    <Alert
      type="warning"
      showIcon
      title={t('login.demoTitle')}
      description={t('login.demoWarning')}
    />
  );
}
