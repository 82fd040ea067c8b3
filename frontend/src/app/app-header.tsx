import { EllipsisOutlined, MailOutlined, MenuOutlined } from '@ant-design/icons';
import {
  Button,
  ConfigProvider,
  Divider,
  Drawer,
  Flex,
  Grid,
  Layout,
  Menu,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { LanguageSwitch } from '@/components/language-switch';
import { LogoutButton, UserDetails, UserMenu } from '@/features/auth/components/user-menu';
import type { Me, Role } from '@/features/auth/types';
import { readsDeliberations } from '@/features/deliberation/deliberation-rules';
import { worksInField } from '@/features/field-work/field-work-rules';
import { InboxLink } from '@/features/inbox/components/inbox-link';
import { decidesTasks } from '@/features/inbox/inbox-roles';
import { readsRounds } from '@/features/rounds/round-rules';
import { readsSupervision } from '@/features/supervision/supervision-rules';

import { paths } from './paths';

interface AppHeaderProps {
  me: Me;
  onSignedOut: () => void;
}

const officialRoles: Role[] = [
  'SUPERVISOR',
  'DISTRICT_HEAD',
  'DISTRICT_OPERATOR',
  'MINISTRY_OFFICER',
  'VILLAGE_OPERATOR',
  'VILLAGE_HEAD',
  'SUBDISTRICT_OPERATOR',
  'SUBDISTRICT_HEAD',
];

/** The screens a phone's menu lists first: the day's work. */
const daysWork = new Set([paths.inbox, paths.fieldChecks(), paths.deliberations]);

const headerStyle = { borderBottom: '1px solid rgba(5, 5, 5, 0.06)', height: 'auto' } as const;

/** One screen in the navigation: its path is its key. The inbox writes its own label, with its count. */
interface Screen {
  path: string;
  label?: string;
}

/**
 * The app's name and navigation, who is signed in and the language. From `lg` (992 px) up on one
 * line, whatever the role and however long the name: the screens that do not fit go into the
 * menu's "…", and the name is cut, with the role, region, settings and sign-out in its own menu.
 * Below, the screens, the user, sign-out and language sit in a drawer behind a menu button, so
 * that a phone keeps its width for the work.
 */
export function AppHeader({ me, onSignedOut }: AppHeaderProps) {
  const { t } = useTranslation();
  const { t: tAuth } = useTranslation('auth');
  const { t: tScreen } = useTranslation(['supervision', 'report']);
  const { t: tAudit } = useTranslation('audit');
  const { t: tDeliberation } = useTranslation('deliberation');
  const { t: tRounds } = useTranslation('rounds');
  const { t: tAccount } = useTranslation('account');
  const { t: tChange } = useTranslation('change');
  const { t: tFieldWork } = useTranslation('field-work');
  const screens = Grid.useBreakpoint();
  const { pathname } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);

  const home = (
    <Link to="/" aria-label={t('appName')}>
      <Typography.Text strong style={{ fontSize: 24, whiteSpace: 'nowrap' }}>
        {t('appName')}
      </Typography.Text>
    </Link>
  );
  // The screens in the header's order.
  const screenLinks: Screen[] = [
    { path: paths.households, label: t('nav.households') },
    ...(readsSupervision(me.role)
      ? [{ path: paths.supervision(), label: tScreen('supervision:title') }]
      : []),
    ...(officialRoles.includes(me.role)
      ? [
          { path: paths.changes, label: tChange('list.title') },
          { path: paths.reports(), label: tScreen('report:title') },
        ]
      : []),
    ...(decidesTasks(me.role) ? [{ path: paths.inbox }] : []),
    ...(worksInField(me.role) ? [{ path: paths.fieldChecks(), label: tFieldWork('nav') }] : []),
    ...(readsDeliberations(me.role)
      ? [{ path: paths.deliberations, label: tDeliberation('nav') }]
      : []),
    ...(readsRounds(me.role) ? [{ path: paths.rounds, label: tRounds('nav') }] : []),
    ...(me.role === 'AUDITOR' ? [{ path: paths.audit, label: tAudit('nav') }] : []),
  ];
  const link = ({ path, label }: Screen, tabIndex?: number) =>
    path === paths.inbox ? (
      <InboxLink key={path} to={path} appName={t('appName')} tabIndex={tabIndex} />
    ) : (
      <Link key={path} to={path} tabIndex={tabIndex}>
        {label}
      </Link>
    );
  // The officials of the chain are the ones mailed about their work.
  const settings = officialRoles.includes(me.role) && (
    <Link to={paths.notificationSettings}>
      <MailOutlined aria-hidden /> {tAccount('nav')}
    </Link>
  );

  if (screens.lg) {
    const current = screenLinks.find(
      ({ path }) => pathname === path || pathname.startsWith(`${path}/`),
    );
    return (
      <Layout.Header style={headerStyle}>
        <Flex align="center" gap="middle" style={{ minHeight: 64 }}>
          <div style={{ flex: 'none' }}>{home}</div>
          <nav aria-label={t('nav.label')} style={{ flex: 'auto', minWidth: 0 }}>
            {/* One Tab stop, its links reached with the arrow keys: a screen moved into "…"
                leaves no hidden link in the Tab order. */}
            <ConfigProvider theme={{ components: { Menu: { itemPaddingInline: 12 } } }}>
              <Menu
                mode="horizontal"
                // "…" opens inside the navigation, its landmark.
                getPopupContainer={(node) => node.closest('nav') ?? document.body}
                selectedKeys={current ? [current.path] : []}
                overflowedIndicator={<EllipsisOutlined aria-label={t('nav.more')} />}
                items={screenLinks.map((screen) => ({ key: screen.path, label: link(screen, -1) }))}
                style={{ borderBottom: 'none', lineHeight: '62px', background: 'transparent' }}
              />
            </ConfigProvider>
          </nav>
          <Flex align="center" gap="small" style={{ flex: 'none', lineHeight: 'normal' }}>
            <UserMenu
              me={me}
              onSignedOut={onSignedOut}
              settings={settings}
              nameWidth={screens.xxl ? 320 : screens.xl ? 200 : 160}
            />
            <LanguageSwitch />
          </Flex>
        </Flex>
      </Layout.Header>
    );
  }

  const close = () => setMenuOpen(false);
  return (
    <Layout.Header style={{ ...headerStyle, paddingInline: 16 }}>
      <Flex justify="space-between" align="center" gap="small" style={{ minHeight: 56 }}>
        {home}
        <Button
          icon={<MenuOutlined />}
          aria-label={tAuth('user.openMenu')}
          aria-haspopup="dialog"
          aria-expanded={menuOpen}
          onClick={() => setMenuOpen(true)}
        />
      </Flex>
      <Drawer
        title={tAuth('user.account')}
        placement="right"
        size="min(320px, 100vw)"
        open={menuOpen}
        onClose={close}
      >
        <Flex vertical gap="middle">
          <nav aria-label={t('nav.label')} onClick={close}>
            <Flex vertical gap="middle">
              {/* The day's work first. */}
              {screenLinks.filter(({ path }) => daysWork.has(path)).map((screen) => link(screen))}
              {screenLinks.filter(({ path }) => !daysWork.has(path)).map((screen) => link(screen))}
              {settings}
            </Flex>
          </nav>
          <Divider style={{ margin: 0 }} />
          <UserDetails me={me} />
          <Divider style={{ margin: 0 }} />
          <Flex vertical gap={4}>
            <Typography.Text type="secondary">{t('language.label')}</Typography.Text>
            <div>
              <LanguageSwitch />
            </div>
          </Flex>
          <Divider style={{ margin: 0 }} />
          <LogoutButton block onSignedOut={onSignedOut} />
        </Flex>
      </Drawer>
    </Layout.Header>
  );
}
