import { DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Flex, Tag, Typography, theme } from 'antd';
import type { MenuProps } from 'antd';
import { useRef, useState, type CSSProperties, type ReactNode } from 'react';
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
function useSignOut(onSignedOut: () => void) {
  const { t: tCommon } = useTranslation();
  const { message } = App.useApp();
  const logout = useLogout();
  return {
    pending: logout.isPending,
    signOut: () =>
      logout.mutate(undefined, {
        onSuccess: onSignedOut,
        onError: (error) => void message.error(problemText(error, tCommon)),
      }),
  };
}

/** The way out, as a button: in the narrow screens' menu. */
export function LogoutButton({ onSignedOut, block }: LogoutButtonProps) {
  const { t } = useTranslation('auth');
  const { pending, signOut } = useSignOut(onSignedOut);
  return (
    <Button icon={<LogoutOutlined />} block={block} loading={pending} onClick={signOut}>
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
  /** The widest the name may show before it is cut with an ellipsis; in full in its title. */
  nameWidth?: CSSProperties['maxWidth'];
}

const cut: CSSProperties = {
  display: 'inline-block',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
  verticalAlign: 'bottom',
};

/**
 * Who is signed in, for the header of a wide screen: the name, cut to `nameWidth`, opens a menu
 * with the role and region, the official's settings and the way out. A long name (a Dinas Sosial
 * head's) and many screens then still fit one line.
 */
export function UserMenu({ me, onSignedOut, settings, nameWidth = 200 }: UserMenuProps) {
  const { t } = useTranslation('auth');
  const { token } = theme.useToken();
  const { signOut } = useSignOut(onSignedOut);
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const items: MenuProps['items'] = [
    {
      // Who is signed in heads the menu; the focus goes to the items below it.
      type: 'group',
      key: 'user',
      label: (
        <div style={{ color: token.colorText, paddingBlock: 4, maxWidth: 320 }}>
          <UserDetails me={me} />
        </div>
      ),
      children: [
        ...(settings ? [{ key: 'settings', label: settings }] : []),
        { key: 'logout', icon: <LogoutOutlined />, label: t('user.logout') },
      ],
    },
  ];

  return (
    <Dropdown
      trigger={['click']}
      placement="bottomRight"
      open={open}
      onOpenChange={(next, { source }) => {
        setOpen(next);
        // Closed from inside (Escape): the focus goes back to the name, not to the page's top. An
        // item chosen puts it back itself, once its key has done its work.
        const focused = document.activeElement;
        if (
          !next &&
          source === 'trigger' &&
          (focused === document.body || focused?.closest('.ant-dropdown'))
        ) {
          trigger.current?.focus();
        }
      }}
      // Opened from the keyboard, the menu takes the focus (then the arrow keys); Escape gives it
      // back. Inside the header, its landmark.
      autoFocus
      getPopupContainer={(node) => node.parentElement ?? document.body}
      menu={{
        items,
        onClick: ({ key, domEvent }) => {
          setOpen(false);
          if (key === 'logout') {
            signOut();
          } else {
            if (!(domEvent.target as Element).closest('a')) {
              // Enter on the item, from the keyboard: follow its link.
              domEvent.currentTarget.querySelector('a')?.click();
            }
            // Back on the name once the key has done its work: moved at once, the focus would
            // take the Enter that follows a link to the name, and open the menu again.
            window.setTimeout(() => trigger.current?.focus());
          }
        },
      }}
    >
      <Button
        ref={trigger}
        type="text"
        icon={<UserOutlined aria-hidden />}
        aria-haspopup="menu"
        aria-expanded={open}
        title={[me.fullName, t(`role.${me.role}`), me.regionName ?? t('user.national')].join(' · ')}
        style={{ paddingInline: 8 }}
      >
        <Typography.Text strong style={{ ...cut, maxWidth: nameWidth }}>
          {me.fullName}
        </Typography.Text>
        <DownOutlined aria-hidden style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  );
}
