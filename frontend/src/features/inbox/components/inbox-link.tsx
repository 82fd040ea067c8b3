import { Badge, Flex } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { visuallyHidden } from '@/components/visually-hidden';

import { useOpenTaskCount } from '../api/get-task-count';

/**
 * The inbox in the menu, with how many tasks wait there; the browser tab's title carries the count
 * too (`(3) Verivali`), so that work arriving shows while the official is on another tab. Both are
 * asked again every few seconds while the tab is in front.
 */

interface InboxLinkProps {
  to: string;
  appName: string;
  /** -1 where a menu moves the focus onto it with its arrow keys. */
  tabIndex?: number;
}

export function InboxLink({ to, appName, tabIndex }: InboxLinkProps) {
  const { t } = useTranslation('inbox');
  const count = useOpenTaskCount(true).data ?? 0;

  useEffect(() => {
    document.title = count > 0 ? `(${count}) ${appName}` : appName;
    return () => {
      document.title = appName;
    };
  }, [count, appName]);

  return (
    <Link to={to} tabIndex={tabIndex}>
      <Flex align="center" gap={6} component="span">
        <span>
          {t('nav')}
          {count > 0 && <span style={visuallyHidden}>{t('waiting', { count })}</span>}
        </span>
        {count > 0 && (
          // The badge is for the eye; a screen reader hears the count in words, in the link's name.
          <span aria-hidden>
            <Badge count={count} overflowCount={999} />
          </span>
        )}
      </Flex>
    </Link>
  );
}
