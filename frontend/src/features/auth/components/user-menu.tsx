import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Flex, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { problemText } from '@/lib/problem-text';

import { useLogout } from '../api/logout';
import type { Me } from '../types';

interface LogoutButtonProps {
  onSignedOut: () => void;
  /** Fill the width of its container, as in a narrow menu. */
  block?: boolean;
}

/** Ends the session; says so when the server refuses. */
export function LogoutButton({ onSignedOut, block }: LogoutButtonProps) {
  const { t } = useTranslation('auth');
  const { t: tCommon } = useTranslation();
  const { message } = App.useApp();
  const logout = useLogout();
  return (
    <Button
      icon={<LogoutOutlined />}
      block={block}
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
  );
}

/** Who is signed in, in what role and where, one below the other, for a narrow menu. */
export function UserDetails({ me }: { me: Me }) {
  const { t } = useTranslation('auth');
  return (
    <Flex vertical gap="small">
      <Typography.Text strong>{me.fullName}</Typography.Text>
      <Flex vertical gap={2}>
        <Typography.Text type="secondary">{t('user.role')}</Typography.Text>
        <div>
          <Tag color="blue" style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}>
            {t(`role.${me.role}`)}
          </Tag>
        </div>
      </Flex>
      <Flex vertical gap={2}>
        <Typography.Text type="secondary">{t('user.region')}</Typography.Text>
        <Typography.Text>{me.regionName ?? t('user.national')}</Typography.Text>
      </Flex>
    </Flex>
  );
}

interface UserMenuProps {
  me: Me;
  onSignedOut: () => void;
  /** The link to the official's own settings, before the way out. */
  settings?: ReactNode;
}

/** Who is signed in, in what role and where; and the way out. On one line, for wide screens. */
export function UserMenu({ me, onSignedOut, settings }: UserMenuProps) {
  const { t } = useTranslation('auth');
  return (
    <Space size="middle" wrap>
      <Space size="small">
        <UserOutlined aria-hidden />
        <Typography.Text strong>{me.fullName}</Typography.Text>
        <Tag color="blue">{t(`role.${me.role}`)}</Tag>
        <Typography.Text type="secondary">{me.regionName ?? t('user.national')}</Typography.Text>
      </Space>
      {settings}
      <LogoutButton onSignedOut={onSignedOut} />
    </Space>
  );
}
