import { Alert, App, Button, Form, Input, Space, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import type { FieldProblem } from '@/lib/api-client';
import { applyFieldErrors } from '@/lib/field-errors';

import { useChangeNotificationSettings } from '../api/change-notification-settings';
import type { NotificationSettings } from '../types';

interface FormValues {
  email?: string;
  reminders: boolean;
  escalations: boolean;
}

interface NotificationSettingsFormProps {
  settings: NotificationSettings;
}

/**
 * The official's e-mail address and which mails go to it. The server judges the address: a
 * malformed one comes back beside the field, with what was typed kept.
 */
export function NotificationSettingsForm({ settings }: NotificationSettingsFormProps) {
  const { t } = useTranslation('account');
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const change = useChangeNotificationSettings();
  const [unplaced, setUnplaced] = useState<FieldProblem[]>([]);
  const email = Form.useWatch('email', form);

  useEffect(() => {
    form.setFieldsValue({
      email: settings.email ?? '',
      reminders: settings.reminders,
      escalations: settings.escalations,
    });
  }, [form, settings]);

  const submit = (values: FormValues) => {
    // The server judges the address again: what it refused before is no longer shown.
    form.setFields([{ name: 'email', errors: [] }]);
    change.mutate(
      {
        email: values.email?.trim() || undefined,
        reminders: values.reminders,
        escalations: values.escalations,
      },
      {
        onSuccess: () => {
          setUnplaced([]);
          void message.success(t('notifications.saved'));
        },
        onError: (error) => setUnplaced(applyFieldErrors(error, form)),
      },
    );
  };

  return (
    <Form<FormValues>
      form={form}
      name="notification-settings"
      layout="vertical"
      requiredMark={false}
      onFinish={submit}
      style={{ maxWidth: 560 }}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {change.isError && <ProblemAlert error={change.error} fieldErrors={unplaced} />}
        <div>
          <Form.Item
            name="email"
            label={t('notifications.email')}
            extra={t('notifications.emailHelp')}
          >
            <Input
              type="email"
              autoComplete="email"
              placeholder={t('notifications.emailPlaceholder')}
              maxLength={254}
            />
          </Form.Item>
          {!email?.trim() && (
            <Alert
              type="info"
              showIcon
              title={t('notifications.noAddress')}
              style={{ marginBottom: 24 }}
            />
          )}
          <Form.Item
            name="reminders"
            label={t('notifications.reminders')}
            extra={t('notifications.remindersHelp')}
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
          <Form.Item
            name="escalations"
            label={t('notifications.escalations')}
            extra={t('notifications.escalationsHelp')}
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
        </div>
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {t('notifications.save')}
        </Button>
      </Space>
    </Form>
  );
}
