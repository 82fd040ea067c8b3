import { Button, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import { isApiError } from '@/lib/api-client';

import { useLogin } from '../api/login';
import type { Credentials, Me } from '../types';

const fields: (keyof Credentials)[] = ['username', 'password'];

interface LoginFormProps {
  onSignedIn: (me: Me) => void;
}

export function LoginForm({ onSignedIn }: LoginFormProps) {
  const { t } = useTranslation('auth');
  const [form] = Form.useForm<Credentials>();
  const login = useLogin();

  const submit = (credentials: Credentials) =>
    login.mutate(credentials, {
      onSuccess: (me) => onSignedIn(me),
      onError: (error) => {
        if (isApiError(error)) {
          form.setFields(
            error.fieldErrors
              .filter(({ field }) => fields.includes(field as keyof Credentials))
              .map(({ field, message }) => ({
                name: field as keyof Credentials,
                errors: [message],
              })),
          );
        }
      },
    });

  return (
    <Form<Credentials>
      form={form}
      name="login"
      layout="vertical"
      requiredMark={false}
      onFinish={submit}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {login.isError && <ProblemAlert error={login.error} showFieldErrors={false} />}
        <div>
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          >
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
        </div>
        <Button type="primary" htmlType="submit" loading={login.isPending} block>
          {t('login.submit')}
        </Button>
      </Space>
    </Form>
  );
}
