import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { ChangeNotificationSettings, NotificationSettings } from '../types';

/** Sets the address (empty for none) and the choices; 400 naming `email` for a malformed address. */
export const changeNotificationSettings = (settings: ChangeNotificationSettings) =>
  api.put<NotificationSettings>('/api/me/notifications', settings);

export const useChangeNotificationSettings = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeNotificationSettings,
    onSuccess: (stored) => queryClient.setQueryData(queryKeys.notificationSettings, stored),
  });
};
