import { MailOutlined, MenuOutlined } from '@ant-design/icons';
import { Button, Divider, Drawer, Flex, Grid, Layout, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { LanguageSwitch } from '@/components/language-switch';
import { LogoutButton, UserDetails, UserMenu } from '@/features/auth/components/user-menu';
import type { Me, Role } from '@/features/auth/types';
import { readsDeliberations } from '@/features/deliberation/deliberation-rules';
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

const headerStyle = { borderBottom: '1px solid rgba(5, 5, 5, 0.06)', height: 'auto' } as const;

/**
 * The app's name and navigation, who is signed in and the language. From `lg` (992 px) up all on
 * one line; below, the screens, the user, sign-out and language sit in a drawer behind a menu
 * button, so that a phone keeps its width for the work.
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
  const screens = Grid.useBreakpoint();
  const [menuOpen, setMenuOpen] = useState(false);

  const home = (
    <Link to="/" aria-label={t('appName')}>
      <Typography.Text strong style={{ fontSize: 24, whiteSpace: 'nowrap' }}>
        {t('appName')}
      </Typography.Text>
    </Link>
  );
  const households = (
    <>
      <Link to={paths.households}>{t('nav.households')}</Link>
      {readsSupervision(me.role) && (
        <Link to={paths.supervision()}>{tScreen('supervision:title')}</Link>
      )}
      {officialRoles.includes(me.role) && <Link to={paths.changes}>{tChange('list.title')}</Link>}
      {officialRoles.includes(me.role) && (
        <Link to={paths.reports()}>{tScreen('report:title')}</Link>
      )}
    </>
  );
  const inbox = decidesTasks(me.role) && <InboxLink to={paths.inbox} appName={t('appName')} />;
  const audit = me.role === 'AUDITOR' && <Link to={paths.audit}>{tAudit('nav')}</Link>;
  const deliberations = readsDeliberations(me.role) && (
    <Link to={paths.deliberations}>{tDeliberation('nav')}</Link>
  );
  const rounds = readsRounds(me.role) && <Link to={paths.rounds}>{tRounds('nav')}</Link>;
  // The officials of the chain are the ones mailed about their work.
  const settings = officialRoles.includes(me.role) && (
    <Link to={paths.notificationSettings}>
      <MailOutlined aria-hidden /> {tAccount('nav')}
    </Link>
  );

  if (screens.lg) {
    return (
      <Layout.Header style={headerStyle}>
        <Flex justify="space-between" align="center" gap="middle" wrap style={{ minHeight: 64 }}>
          <Flex align="center" gap="large">
            {home}
            {households}
            {inbox}
            {deliberations}
            {rounds}
            {audit}
          </Flex>
          <Flex align="center" gap="middle" wrap>
            <UserMenu me={me} onSignedOut={onSignedOut} settings={settings} />
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
          <nav onClick={close}>
            <Flex vertical gap="middle">
              {inbox}
              {deliberations}
              {households}
              {rounds}
              {audit}
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
