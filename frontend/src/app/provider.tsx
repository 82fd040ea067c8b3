import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';

import { meQuery } from '@/features/auth/api/get-me';
import { isApiError } from '@/lib/api-client';

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

/** What every screen shares, the sign-in page included. antd comes with the signed-in frame (`AntdProvider`). */
export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
