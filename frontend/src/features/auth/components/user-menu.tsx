import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { problemText } from '@/lib/problem-text';

import { useLogout } from '../api/logout';
import type { Me } from '../types';

interface UserMenuProps {
  me: Me;
  onSignedOut: () => void;
}

/** Who is signed in, in what role and where; and the way out. */
export function UserMenu({ me, onSignedOut }: UserMenuProps) {
  const { t } = useTranslation('auth');
  const { t: tCommon } = useTranslation();
  const { message } = App.useApp();
  const logout = useLogout();
  return (
    <Space size="middle" wrap>
      <Space size="small">
        <UserOutlined aria-hidden />
        <Typography.Text strong>{me.fullName}</Typography.Text>
        <Tag color="blue">{t(`role.${me.role}`)}</Tag>
        <Typography.Text type="secondary">{me.regionName ?? t('user.national')}</Typography.Text>
      </Space>
      <Button
        icon={<LogoutOutlined />}
        loading={logout.isPending}
        onClick={() =>
          logout.mutate(undefined, {
            onSuccess: onSignedOut,
            onError: (error) => void message.error(problemText(error, tCommon)),
          })
        }
      >
        {t('user.logout')}
      </Button>
    </Space>
  );
}
