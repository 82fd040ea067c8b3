import { App as AntApp, ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import idID from 'antd/locale/id_ID';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import '@/lib/i18n-screens';

/**
 * Every colour that carries text reaches WCAG AA's 4.5:1 on white (and on the tags' pale
 * backgrounds): antd's defaults for links (#1677ff), secondary text (#8c8c8c), success and warning
 * fall short of it.
 */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0b6e4f',
    colorLink: '#0b6e4f',
    colorLinkHover: '#0e8a63',
    colorInfo: '#0958d9',
    colorSuccess: '#237804',
    colorWarning: '#ad4e00',
    colorError: '#cf1322',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    // Preset tags write their text in the palette's 7th shade on its 1st; the palettes grow from these
    // seeds, darker than antd's where its 7th stayed below 4.5:1.
    green: '#237804',
    orange: '#d46b08',
    volcano: '#d4380d',
    gold: '#d48806',
    borderRadius: 6,
    // Each screen's title is its h1 and the sections below step down one level at a time (WCAG 1.3.1),
    // at the sizes antd gives h2 to h5.
    fontSizeHeading1: 30,
    fontSizeHeading2: 24,
    fontSizeHeading3: 20,
    fontSizeHeading4: 16,
  },
  components: {
    Layout: { headerBg: '#ffffff', headerPadding: '0 24px' },
    // A table's "nothing found" is text to read, not a disabled control.
    Table: { colorTextDisabled: 'rgba(0, 0, 0, 0.62)' },
  },
};

/** Below the header, so that a message never covers the user's name or the menu. */
const toastTop = 72;

/** antd with Verivali's theme, in the user's language; messages and notifications below the header. */
export function AntdProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : idID} theme={theme}>
      <AntApp message={{ top: toastTop }} notification={{ top: toastTop }}>
        {children}
      </AntApp>
    </ConfigProvider>
  );
}
