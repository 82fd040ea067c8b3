import '@/components/light.css';
import './resident.css';

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { LanguageSwitch } from '@/components/language-switch';
import { registerWords } from '@/lib/i18n';
import enResident from '@/locales/en/resident.json';
import idResident from '@/locales/id/resident.json';

// Residents come without the signed-in frame, which brings the screens' words: each of their pages brings its own.
registerWords({ id: { resident: idResident }, en: { resident: enResident } });

interface ResidentPageProps {
  title: string;
  /** What the page is for, and what becomes of what is entered. */
  intro: ReactNode;
  children: ReactNode;
  /** Links to the residents' other pages. */
  footer?: ReactNode;
}

/**
 * A residents' page: plain HTML in one column, readable on a 360 px phone without zooming, in Bahasa Indonesia unless
 * the resident switches.
 */
export function ResidentPage({ title, intro, children, footer }: ResidentPageProps) {
  const { t } = useTranslation('resident');
  const { t: tCommon } = useTranslation();
  return (
    <main className="vv-page vv-page-top resident-page">
      <div className="vv-card">
        <div className="vv-row">
          <div>
            <p className="vv-muted">{tCommon('appName')}</p>
            <h1>{title}</h1>
          </div>
          <LanguageSwitch />
        </div>
        {intro}
        {children}
        {footer && (
          <nav className="resident-links" aria-label={t('links.label')}>
            {footer}
          </nav>
        )}
      </div>
    </main>
  );
}
