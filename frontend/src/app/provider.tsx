import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import idID from 'antd/locale/id_ID';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { meQuery } from '@/features/auth/api/get-me';
import { isApiError } from '@/lib/api-client';

const theme: ThemeConfig = {
  token: { colorPrimary: '#0b6e4f', borderRadius: 6 },
  components: { Layout: { headerBg: '#ffffff', headerPadding: '0 24px' } },
};

function createQueryClient() {
  // A 401 anywhere means the session has ended: forget the user, and the shell sends them to
  // the sign-in page.
  const onError = (error: unknown) => {
    if (isApiError(error, 401)) {
      queryClient.setQueryData(meQuery().queryKey, null);
    }
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30 * 1000,
        refetchOnWindowFocus: false,
        // Asking again cannot change the server's mind about bad input, scope or a missing record.
        retry: (failures, error) =>
          failures < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      },
    },
  });
  return queryClient;
}

export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : idID} theme={theme}>
      <AntApp>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
