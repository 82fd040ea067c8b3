import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type { RoundStatus } from '../types';

const colours: Record<RoundStatus, string> = {
  STARTING: 'processing',
  PAUSED: 'warning',
  ALL_STARTED: 'success',
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
