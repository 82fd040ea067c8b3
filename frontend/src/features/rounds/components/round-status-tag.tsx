import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type { RoundStatus } from '../types';

// The preset palettes, whose text the theme darkens to 4.5:1 on their pale backgrounds: antd's
// status colours ("warning") blend a background that its text falls short of.
const colours: Record<RoundStatus, string> = {
  STARTING: 'processing',
  PAUSED: 'orange',
  ALL_STARTED: 'green',
};

/** Where a round stands: starting its changes, paused, or all started. */
export function RoundStatusTag({ status }: { status: RoundStatus }) {
  const { t } = useTranslation('rounds');
  return (
    <Tag color={colours[status]} data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`status.${status}`)}
    </Tag>
  );
}
