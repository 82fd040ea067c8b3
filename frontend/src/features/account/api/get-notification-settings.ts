import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { NotificationSettings } from '../types';

export const getNotificationSettings = () => api.get<NotificationSettings>('/api/me/notifications');

export const notificationSettingsQuery = () =>
  queryOptions({ queryKey: queryKeys.notificationSettings, queryFn: getNotificationSettings });

export const useNotificationSettings = () => useQuery(notificationSettingsQuery());
