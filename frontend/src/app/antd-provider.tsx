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
    borderRadius: 6,
  },
  components: { Layout: { headerBg: '#ffffff', headerPadding: '0 24px' } },
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
