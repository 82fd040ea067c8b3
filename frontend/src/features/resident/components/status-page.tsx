import '@/components/light.css';
import './resident.css';

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { LanguageSwitch } from '@/components/language-switch';
import { registerWords } from '@/lib/i18n';
import enResident from '@/locales/en/resident.json';
import idResident from '@/locales/id/resident.json';

import { StatusCheck } from './status-check';

// Residents come without the signed-in frame, which brings the screens' words: this chunk brings its own.
registerWords({ id: { resident: idResident }, en: { resident: enResident } });

/**
 * The residents' status check as a page of its own: what DTKS is and that the NIK is not kept, the question, the
 * answer. Plain HTML in one column, in Bahasa Indonesia unless the resident switches.
 */
export function StatusPage({ footer }: { footer?: ReactNode }) {
  const { t } = useTranslation('resident');
  const { t: tCommon } = useTranslation();
  return (
    <main className="vv-page vv-page-top resident-page">
      <div className="vv-card">
        <div className="vv-row">
          <div>
            <p className="vv-muted">{tCommon('appName')}</p>
            <h1>{t('page.title')}</h1>
          </div>
          <LanguageSwitch />
        </div>
        <p>{t('page.intro')}</p>
        <StatusCheck />
        {footer && <div className="resident-links">{footer}</div>}
      </div>
    </main>
  );
}
