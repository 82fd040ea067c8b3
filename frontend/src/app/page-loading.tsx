import '@/components/light.css';

import { useTranslation } from 'react-i18next';

/** A screen on its way. Plain HTML, so that it shows before antd has loaded. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div className="vv-loading" role="status">
      <span className="vv-spinner" aria-hidden="true" />
      <span>{t('state.loading')}</span>
    </div>
  );
}
