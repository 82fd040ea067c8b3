import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';

import { changeLanguage, isLanguage, languages } from '@/lib/i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Segmented
      size="small"
      aria-label={t('language.label')}
      value={i18n.language}
      options={languages.map((language) => ({ value: language, label: t(`language.${language}`) }))}
      onChange={(value) => {
        if (isLanguage(value)) {
          void changeLanguage(value);
        }
      }}
    />
  );
}
