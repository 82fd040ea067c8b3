import '@/components/light.css';

import { useTranslation } from 'react-i18next';

/** The demo's warning that anyone may sign in to its accounts: nothing real belongs there. */
export function DemoNotice() {
  const { t } = useTranslation('auth');
  return (
    <div role="alert" className="vv-alert vv-alert-warning">
      <p className="vv-alert-title">{t('login.demoTitle')}</p>
      <p>{t('login.demoWarning')}</p>
    </div>
  );
}
