import type { MayOmit, Schemas } from '@/lib/api-types';

/** The mails an official receives; no `email`: the account has no address, and gets none. */
export type NotificationSettings = MayOmit<Schemas['NotificationSettingsView'], 'email'>;

export type ChangeNotificationSettings = Schemas['ChangeNotificationSettings'];
