import { Alert, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { useNotificationSettings } from '@/features/account/api/get-notification-settings';
import { NotificationSettingsForm } from '@/features/account/components/notification-settings-form';
import { problemText } from '@/lib/problem-text';

/** The signed-in official's choice of e-mails: reminders before a due date, escalations after it. */
export function NotificationSettingsRoute() {
  const { t } = useTranslation('account');
  const { t: tCommon } = useTranslation();
  const settings = useNotificationSettings();

  return (
    <Flex vertical gap="middle">
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('notifications.title')}
      </Typography.Title>
      <Typography.Paragraph style={{ margin: 0 }}>{t('notifications.intro')}</Typography.Paragraph>
      {settings.isPending && <Skeleton active />}
      {settings.isError && (
        <Alert type="error" showIcon title={problemText(settings.error, tCommon)} />
      )}
      {settings.data && <NotificationSettingsForm settings={settings.data} />}
    </Flex>
  );
}
