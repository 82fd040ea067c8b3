import './light.css';

import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { changeLanguage, languages, type Language } from '@/lib/i18n';

/**
 * Bahasa Indonesia or English, as two radio buttons in a row. Plain HTML: the sign-in page shows it
 * before antd has loaded.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();

  const choose = (language: Language, event?: KeyboardEvent<HTMLButtonElement>) => {
    void changeLanguage(language);
    const group = event?.currentTarget.parentElement;
    group?.querySelector<HTMLButtonElement>(`[data-language="${language}"]`)?.focus();
  };

  const step = (event: KeyboardEvent<HTMLButtonElement>, by: number) => {
    event.preventDefault();
    const current = languages.indexOf(i18n.language as Language);
    const next = languages[(current + by + languages.length) % languages.length];
    if (next) {
      choose(next, event);
    }
  };

  return (
    <div role="radiogroup" aria-label={t('language.label')} className="vv-segmented">
      {languages.map((language) => {
        const checked = i18n.language === language;
        return (
          <button
            key={language}
            type="button"
            role="radio"
            data-language={language}
            aria-checked={checked}
            tabIndex={checked ? 0 : -1}
            onClick={() => choose(language)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowRight' || event.key === 'ArrowDown') {
                step(event, 1);
              } else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') {
                step(event, -1);
              }
            }}
          >
            {t(`language.${language}`)}
          </button>
        );
      })}
    </div>
  );
}
