import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ResidentPage } from './resident-page';
import { StatusCheck } from './status-check';

/**
 * The residents' status check as a page of its own: what DTKS is and that the NIK is not kept, the question, the
 * answer; then whatever else the page offers (`children`: following a proposal or objection).
 */
export function StatusPage({ footer, children }: { footer?: ReactNode; children?: ReactNode }) {
  const { t } = useTranslation('resident');
  return (
    <ResidentPage title={t('page.title')} intro={<p>{t('page.intro')}</p>} footer={footer}>
      <StatusCheck />
      {children}
    </ResidentPage>
  );
}
