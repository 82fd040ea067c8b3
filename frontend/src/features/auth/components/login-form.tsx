import { Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import type { FieldProblem } from '@/lib/api-client';
import { applyFieldErrors } from '@/lib/field-errors';

import { useLogin } from '../api/login';
import type { Credentials, Me } from '../types';

interface LoginFormProps {
  onSignedIn: (me: Me) => void;
}

export function LoginForm({ onSignedIn }: LoginFormProps) {
  const { t } = useTranslation('auth');
  const [form] = Form.useForm<Credentials>();
  const login = useLogin();
  const [unplaced, setUnplaced] = useState<FieldProblem[]>([]);

  const submit = (credentials: Credentials) =>
    login.mutate(credentials, {
      onSuccess: (me) => onSignedIn(me),
      onError: (error) => setUnplaced(applyFieldErrors(error, form)),
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
        {login.isError && <ProblemAlert error={login.error} fieldErrors={unplaced} />}
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
